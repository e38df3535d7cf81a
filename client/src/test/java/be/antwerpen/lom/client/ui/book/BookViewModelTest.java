package be.antwerpen.lom.client.ui.book;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.testing.TestDesk;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.model.reference.ReferenceDataLoader;
import be.antwerpen.lom.model.sync.Commands;
import java.awt.image.BufferedImage;
import java.awt.print.PageFormat;
import java.awt.print.Printable;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneId.of("Europe/Brussels"));

    @TempDir
    Path dir;

    private TestDesk desk;
    private BookViewModel model;

    @BeforeEach
    void setUp() {
        desk = new TestDesk(dir, CLOCK);
        desk.referenceData.set(ReferenceDataLoader.antwerpExample());
        model = new BookViewModel(desk.booking, desk.referenceData, new BackgroundTasks(Runnable::run, Runnable::run),
                new Messages(Messages.DUTCH_BELGIUM));
    }

    @AfterEach
    void tearDown() {
        desk.close();
    }

    @Test
    void saturday_search_at_one_location_lists_only_saturdays() {
        model.search("EID_APPLY", "antwerpen", true, false);
        assertThat(model.slots()).isNotEmpty()
                .allMatch(s -> s.start().getDayOfWeek() == java.time.DayOfWeek.SATURDAY);
    }

    @Test
    void an_invalid_register_number_is_refused_before_anything_is_stored() {
        model.search("EID_APPLY", "antwerpen", false, false);
        model.selectSlot(0);
        model.confirm("EID_APPLY", "Lotte", "Claes", "85073003329", null, null);

        assertThat(model.messageIsError()).isTrue();
        assertThat(desk.agenda.outbox()).isEmpty();
    }

    @Test
    void confirming_books_provisionally_and_gives_a_printable_slip_without_personal_data() {
        model.search("EID_APPLY", null, false, false);
        model.selectSlot(0);
        model.confirm("EID_APPLY", "Lotte", "Claes", "85.07.30-033.28", "lotte@example.org", null);

        assertThat(model.message()).contains("Voorlopig");
        assertThat(desk.agenda.outbox()).singleElement()
                .satisfies(e -> assertThat(e.payload()).isInstanceOf(Commands.Book.class));
        BookingSlip slip = model.slip().orElseThrow();
        assertThat(slip.lines()).first().isEqualTo("Bevestiging afspraak");
        assertThat(String.join("\n", slip.lines())).contains(model.lastBooking().orElseThrow().code())
                .doesNotContain("Claes").doesNotContain("85.07.30").doesNotContain("85073003328");
        BufferedImage page = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
        assertThat(slip.print(page.createGraphics(), new PageFormat(), 0)).isEqualTo(Printable.PAGE_EXISTS);
        assertThat(slip.print(page.createGraphics(), new PageFormat(), 1)).isEqualTo(Printable.NO_SUCH_PAGE);
    }
}
