package be.antwerpen.lom.client.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.sync.SyncPhase;
import be.antwerpen.lom.client.sync.SyncStatus;
import be.antwerpen.lom.client.ui.Messages;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class StatusBarPresenterTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Instant OFFLINE_AT = Instant.parse("2026-11-30T08:42:00Z");
    private final StatusBarPresenter dutch = new StatusBarPresenter(new Messages(Messages.DUTCH_BELGIUM), BRUSSELS);

    @Test
    void offline_shows_since_when_in_brussels_time_and_what_is_waiting() {
        SyncStatus status = new SyncStatus(SyncPhase.OFFLINE, OFFLINE_AT, 37, 0, 0, OFFLINE_AT.minusSeconds(60), 0L, 0, 0);

        StatusBarText text = dutch.present(status, OFFLINE_AT.plusSeconds(600));

        assertThat(text.connection()).isEqualTo("Offline sinds 09:42");
        assertThat(text.online()).isFalse();
        assertThat(text.waiting()).isEqualTo("37 wijzigingen wachten");
        assertThat(text.lastSync()).isEqualTo("Laatste synchronisatie: 09:41");
        assertThat(text.stale()).isFalse();
    }

    @Test
    void a_local_copy_older_than_two_hours_is_flagged_loudly() {
        SyncStatus status = new SyncStatus(SyncPhase.OFFLINE, OFFLINE_AT, 0, 0, 0, OFFLINE_AT, 0L, 0, 0);

        StatusBarText text = dutch.present(status, OFFLINE_AT.plus(Duration.ofMinutes(135)));

        assertThat(text.stale()).isTrue();
        assertThat(text.age()).isEqualTo("LET OP: lokale kopie is 2 u 15 min oud");
    }

    @Test
    void an_expired_login_says_so() {
        SyncStatus status = new SyncStatus(SyncPhase.LOGIN_EXPIRED, null, 3, 0, 0, OFFLINE_AT, 0L, 0, 0);
        assertThat(dutch.present(status, OFFLINE_AT).connection()).startsWith("Sessie verlopen");
    }

    @Test
    void english_texts_come_from_the_english_bundle() {
        StatusBarPresenter english = new StatusBarPresenter(new Messages(Messages.ENGLISH), BRUSSELS);
        SyncStatus status = new SyncStatus(SyncPhase.ONLINE, null, 2, 0, 0, OFFLINE_AT, 120_000L, 0, 0);

        StatusBarText text = english.present(status, OFFLINE_AT.plusSeconds(300));

        assertThat(text.connection()).isEqualTo("Online");
        assertThat(text.waiting()).isEqualTo("2 changes waiting");
        assertThat(text.age()).isEqualTo("Local copy: 5 min old");
        assertThat(text.skew()).isEqualTo("Clock is 120 s off the server");
    }
}
