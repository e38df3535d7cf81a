package be.antwerpen.lom.client.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.counter.BookingConfirmation;
import be.antwerpen.lom.client.store.OutboxStatus;
import be.antwerpen.lom.client.testing.TestAppointments;
import be.antwerpen.lom.client.testing.TestDesk;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.model.location.Location;
import be.antwerpen.lom.model.reference.ReferenceDataLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Sync screen's rows, in Dutch and English, without a display. */
class SyncTableModelTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), BRUSSELS);

    @TempDir
    Path dir;

    private TestDesk desk;
    private BookingConfirmation booked;

    @BeforeEach
    void setUp() {
        desk = new TestDesk(dir, CLOCK);
        desk.referenceData.set(ReferenceDataLoader.antwerpExample());
        booked = desk.booking.book("deurne", "EID_APPLY", LocalDateTime.of(2026, 11, 30, 11, 0),
                TestAppointments.citizen("Lotte", "Claes"));
        desk.store.database().inTransaction(c -> {
            desk.store.outbox().settle(c, desk.store.outbox().all(c).get(0).commandId(), OutboxStatus.REJECTED,
                    "location_closed", null);
            return null;
        });
    }

    @AfterEach
    void tearDown() {
        desk.close();
    }

    @Test
    void a_refused_booking_shows_code_name_start_and_the_location_by_name_in_dutch() {
        SyncTableModel table = table(Messages.DUTCH_BELGIUM);

        assertThat(headers(table)).containsExactly("Tijdstip", "Wijziging", "Afspraakcode", "Naam", "Afspraak op",
                "Locatie", "Toestand", "Reden");
        assertThat(row(table, 0)).containsExactly("09:00", "Afspraak", booked.code(), "Lotte Claes",
                "ma 30/11/2026 11:00", "Districtshuis Deurne", "Geweigerd", row(table, 0).get(7));
        assertThat(row(table, 0).get(7)).isNotBlank().doesNotContain("location_closed");
    }

    @Test
    void the_english_screen_names_its_columns_in_english() {
        SyncTableModel table = table(Messages.ENGLISH);

        assertThat(headers(table)).containsExactly("Time", "Change", "Appointment code", "Name", "Appointment at",
                "Location", "State", "Reason");
        assertThat(row(table, 0).get(5)).isEqualTo("Districtshuis Deurne");
    }

    private SyncTableModel table(java.util.Locale locale) {
        Messages messages = new Messages(locale);
        SyncViewModel model = new SyncViewModel(desk.agenda, desk.store, () -> { },
                new BackgroundTasks(Runnable::run, Runnable::run), messages,
                id -> desk.referenceData.get().flatMap(r -> r.location(id)).map(Location::name).orElse("?"));
        model.reload();
        return new SyncTableModel(model, messages, BRUSSELS);
    }

    private static List<String> headers(SyncTableModel table) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < table.getColumnCount(); c++) {
            names.add(table.getColumnName(c));
        }
        return names;
    }

    private static List<String> row(SyncTableModel table, int row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < table.getColumnCount(); c++) {
            cells.add(String.valueOf(table.getValueAt(row, c)));
        }
        return cells;
    }
}
