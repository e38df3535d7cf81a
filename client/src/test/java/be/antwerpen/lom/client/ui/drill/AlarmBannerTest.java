package be.antwerpen.lom.client.ui.drill;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.drill.StalenessAlarm;
import be.antwerpen.lom.client.ui.Messages;
import java.time.Duration;
import java.time.ZoneId;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

/** The banner says what breaks the two-hour rule, including a desk that never synced and so has no copy. */
class AlarmBannerTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private final Messages dutch = new Messages(Messages.DUTCH_BELGIUM);

    @Test
    void a_desk_that_never_synced_is_told_it_has_no_copy_loudly() {
        String shown = GuiActionRunner.execute(() -> {
            AlarmBanner banner = new AlarmBanner();
            banner.show(new StalenessAlarm.State(null, true, Duration.ofMinutes(5), false, null), dutch, BRUSSELS);
            return banner.isVisible() ? banner.plainText() : "";
        });

        assertThat(shown).startsWith("Let op: dit loket heeft nog geen kopie van de agenda");
    }

    @Test
    void a_copy_three_hours_old_says_its_age_and_a_fresh_desk_shows_nothing() {
        String old = GuiActionRunner.execute(() -> {
            AlarmBanner banner = new AlarmBanner();
            banner.show(new StalenessAlarm.State(Duration.ofMinutes(185), true, Duration.ofMinutes(5), false, null),
                    dutch, BRUSSELS);
            return banner.plainText();
        });
        boolean freshShown = GuiActionRunner.execute(() -> {
            AlarmBanner banner = new AlarmBanner();
            banner.show(new StalenessAlarm.State(Duration.ofMinutes(5), false, Duration.ofMinutes(5), false, null),
                    dutch, BRUSSELS);
            return banner.isVisible();
        });

        assertThat(old).contains("is 3 u 5 min oud");
        assertThat(freshShown).isFalse();
    }
}
