package be.antwerpen.lom.client.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.agenda.SyncMark;
import be.antwerpen.lom.client.testing.TestAppointments;
import be.antwerpen.lom.client.testing.TestDesk;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.client.ui.PacedReloads;
import be.antwerpen.lom.client.sync.DeskChanges;
import be.antwerpen.lom.client.sync.SyncPhase;
import be.antwerpen.lom.client.sync.SyncStatus;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.citizen.NationalRegisterNumber;
import be.antwerpen.lom.model.sync.Commands;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TodayViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneId.of("Europe/Brussels"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dir;

    private TestDesk desk;
    private TodayViewModel model;
    private Appointment peeters;
    private Appointment el;

    @BeforeEach
    void setUp() {
        desk = new TestDesk(dir, CLOCK);
        peeters = TestAppointments.booked("K7M-2QX", TODAY.atTime(9, 30));
        el = new Appointment(UUID.randomUUID(), "ZZ9-ABC", "antwerpen", "PASSPORT", TODAY.atTime(10, 0),
                TODAY.atTime(10, 20), new Citizen(NationalRegisterNumber.parse("90020199704"), "Yasmina", "El Amrani",
                null, null), AppointmentStatus.BOOKED, AppointmentOrigin.KIOSK, false, 1);
        desk.store.database().inTransaction(c -> {
            desk.store.appointments().upsert(c, peeters);
            desk.store.appointments().upsert(c, el);
            return null;
        });
        model = new TodayViewModel(desk.agenda, desk.actions, new BackgroundTasks(Runnable::run, Runnable::run),
                () -> TODAY, new Messages(Messages.DUTCH_BELGIUM));
        model.reload();
    }

    @AfterEach
    void tearDown() {
        desk.close();
    }

    @Test
    void search_finds_by_name_without_accents_or_case() {
        model.setQuery("el amr");
        assertThat(model.visible()).extracting(e -> e.appointment().code()).containsExactly("ZZ9-ABC");
        model.setQuery("ÉL ÀMR");
        assertThat(model.visible()).extracting(e -> e.appointment().code()).containsExactly("ZZ9-ABC");
        model.setQuery("amrani x");
        assertThat(model.visible()).isEmpty();
    }

    @Test
    void search_works_on_the_sealed_store_after_a_login_released_the_key() {
        String raw = desk.store.database().inTransaction(c -> {
            try (var s = c.prepareStatement("SELECT group_concat(hex(citizen)) FROM appointment");
                 var rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(raw).doesNotContain(java.util.HexFormat.of().withUpperCase()
                .formatHex("El Amrani".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        desk.store.vault().lock();
        TestDesk.unlock(desk.store, dir);
        model.reload();

        model.setQuery("el amr");
        assertThat(model.visible()).extracting(e -> e.appointment().code()).containsExactly("ZZ9-ABC");
        model.setQuery("90020199704");
        assertThat(model.visible()).extracting(e -> e.appointment().code()).containsExactly("ZZ9-ABC");
    }

    @Test
    void search_finds_by_register_number_in_any_notation() {
        model.setQuery("85.07.30-033.28");
        assertThat(model.visible()).extracting(e -> e.appointment().code()).containsExactly("K7M-2QX");
    }

    @Test
    void a_scanned_code_followed_by_enter_selects_the_single_hit() {
        model.setQuery("zz9abc");
        model.searchEntered();
        assertThat(model.selected()).hasValueSatisfying(e -> assertThat(e.appointment().id()).isEqualTo(el.id()));
    }

    @Test
    void changed_contact_data_is_shown_at_once_and_only_the_changed_field_is_sent() {
        model.select(el.id());
        model.updateContact("yasmina.elamrani@example.org", "");

        assertThat(model.messageIsError()).isFalse();
        assertThat(model.selected()).hasValueSatisfying(e -> {
            assertThat(e.appointment().citizen().email()).isEqualTo("yasmina.elamrani@example.org");
            assertThat(e.mark()).isEqualTo(SyncMark.PENDING);
        });
        assertThat(desk.agenda.outbox()).singleElement().satisfies(entry -> assertThat(entry.payload())
                .isEqualTo(new Commands.UpdateContact(el.id(), "yasmina.elamrani@example.org", null)));

        model.updateContact("yasmina.elamrani@example.org", "");
        assertThat(model.message()).isEqualTo(new Messages(Messages.DUTCH_BELGIUM).get("contact.unchanged"));
        assertThat(desk.agenda.outbox()).hasSize(1);
    }

    @Test
    void a_blank_field_clears_it_and_an_invalid_address_is_refused_without_storing_anything() {
        model.select(el.id());
        model.updateContact("not an address", "");
        assertThat(model.messageIsError()).isTrue();
        assertThat(model.message()).contains("e-mail");
        assertThat(desk.agenda.outbox()).isEmpty();

        model.select(peeters.id());
        String phone = peeters.citizen().phone();
        model.updateContact(peeters.citizen().email() == null ? "" : peeters.citizen().email(), "+32 470 12 34 56");
        model.updateContact(peeters.citizen().email() == null ? "" : peeters.citizen().email(), " ");

        assertThat(desk.agenda.outbox()).extracting(e -> ((Commands.UpdateContact) e.payload()).phone())
                .containsExactly("+32 470 12 34 56", "");
        assertThat(model.selected()).hasValueSatisfying(e -> assertThat(e.appointment().citizen().phone()).isNull());
        assertThat(phone).isNotEqualTo("+32 470 12 34 56");
    }

    @Test
    void check_in_of_the_selected_appointment_shows_it_pending_and_counts_it_waiting() {
        model.select(peeters.id());
        model.checkIn();

        assertThat(model.visible()).filteredOn(e -> e.appointment().id().equals(peeters.id())).singleElement()
                .satisfies(e -> {
                    assertThat(e.appointment().status()).isEqualTo(AppointmentStatus.CHECKED_IN);
                    assertThat(e.mark()).isEqualTo(SyncMark.PENDING);
                });
        assertThat(model.counts()).isEqualTo(new AgendaCounts(2, 1, 0, 0, 0));
        model.setFilter(AgendaFilter.WAITING);
        assertThat(model.visible()).hasSize(1);
    }

    @Test
    void a_refused_action_gives_a_readable_message_and_changes_nothing() {
        model.select(peeters.id());
        model.markServed("klaar");

        assertThat(model.messageIsError()).isTrue();
        assertThat(model.message()).startsWith("Dit kan niet:");
        assertThat(desk.agenda.outbox()).isEmpty();
    }

    @Test
    void a_cancel_reason_the_server_would_refuse_is_refused_here_in_dutch_and_nothing_is_queued() {
        model.select(peeters.id());
        model.cancel("x".repeat(501));

        assertThat(model.messageIsError()).isTrue();
        assertThat(model.message()).isEqualTo("De reden is langer dan 500 tekens.");

        model.cancel("verhuisd \u202e naar Gent");

        assertThat(model.messageIsError()).isTrue();
        assertThat(model.message()).isEqualTo(
                "De reden mag geen regeleinden, tabs of tekens die de leesrichting omkeren bevatten.");
        assertThat(desk.agenda.outbox()).isEmpty();
    }

    @Test
    void an_action_without_selection_asks_to_select_first() {
        model.checkIn();
        assertThat(model.message()).isEqualTo("Kies eerst een afspraak.");
    }

    @Test
    void a_walk_in_gets_a_ticket_and_appears_in_the_agenda() {
        String[] ticket = new String[1];
        model.registerWalkIn("EID_APPLY", TestAppointments.citizen("Jan", "Janssens"), t -> ticket[0] = t);

        assertThat(ticket[0]).isEqualTo("L1-0001");
        assertThat(model.message()).isEqualTo("Ticketnummer: L1-0001");
        assertThat(model.visible()).extracting(e -> e.appointment().code()).contains("L1-0001");
    }

    @Test
    void call_next_calls_the_earliest_checked_in_citizen_and_selects_them() {
        model.select(el.id());
        model.checkIn();
        model.select(peeters.id());
        model.checkIn();

        model.callNext();

        assertThat(model.selected()).hasValueSatisfying(e -> {
            assertThat(e.appointment().id()).isEqualTo(peeters.id());
            assertThat(e.appointment().status()).isEqualTo(AppointmentStatus.CALLED);
        });
    }

    @Test
    void a_walk_in_the_server_refused_is_shown_as_not_booked_and_is_neither_counted_nor_called() {
        desk.actions.registerWalkIn("EID_APPLY", TestAppointments.citizen("Jan", "Janssens"));
        desk.store.database().inTransaction(c -> {
            desk.store.outbox().settle(c, desk.agenda.outbox().get(0).commandId(),
                    be.antwerpen.lom.client.store.OutboxStatus.REJECTED, "device_time_too_old", null);
            return null;
        });
        model.reload();

        assertThat(model.visible()).extracting(e -> e.appointment().code()).contains("L1-0001");
        assertThat(model.counts()).isEqualTo(new AgendaCounts(2, 0, 0, 0, 0));
        AgendaTableModel table = new AgendaTableModel(new Messages(Messages.DUTCH_BELGIUM), code -> code);
        table.setRows(model.visible());
        int row = table.indexOf(model.visible().stream().filter(e -> e.appointment().code().equals("L1-0001"))
                .findFirst().orElseThrow().appointment().id());
        assertThat(table.getValueAt(row, 4)).isEqualTo("Niet geboekt");
        assertThat((String) table.getValueAt(row, 6)).startsWith("Geweigerd: ");

        model.setFilter(AgendaFilter.WAITING);
        assertThat(model.visible()).isEmpty();
        model.callNext();
        assertThat(model.message()).isEqualTo("Er wacht niemand.");
    }

    @Test
    void call_next_with_nobody_waiting_says_so() {
        model.callNext();
        assertThat(model.message()).isEqualTo("Er wacht niemand.");
    }

    /** A model whose sync reloads are paced 500 ms apart on the clock {@code now}, their timers kept in {@code timers}. */
    private TodayViewModel paced(long[] now, List<Runnable> timers) {
        return new TodayViewModel(desk.agenda, desk.actions,
                new BackgroundTasks(Runnable::run, Runnable::run), () -> TODAY, new Messages(Messages.DUTCH_BELGIUM),
                Optional::empty, load -> new PacedReloads(Duration.ofMillis(500), (delay, action) -> timers.add(action),
                        () -> now[0], load));
    }

    @Test
    void a_sync_batch_is_shown_after_the_pause_and_a_change_made_here_meanwhile_at_once() {
        long[] now = {0};
        List<Runnable> timers = new ArrayList<>();
        TodayViewModel paced = paced(now, timers);
        DeskChanges changes = new DeskChanges(() -> { });
        paced.follow(changes);
        paced.reload();
        assertThat(paced.visible()).hasSize(2);

        // a sync batch: what the pull wrote, then the engine's status with a new data version
        Appointment pulled = new Appointment(UUID.randomUUID(), "PUL-001", "antwerpen", "EID_APPLY",
                TODAY.atTime(11, 0), TODAY.atTime(11, 10), TestAppointments.anotherCitizen("Ilse", "Verbiest"),
                AppointmentStatus.BOOKED, AppointmentOrigin.ONLINE, false, 1);
        upsert(pulled);
        changes.syncStatusChanged(status(1));
        assertThat(paced.visible()).as("not before the pause after the previous load").hasSize(2);
        now[0] += Duration.ofMillis(500).toNanos();
        fire(timers);
        assertThat(paced.visible()).filteredOn(e -> e.appointment().id().equals(pulled.id())).singleElement()
                .satisfies(e -> {
                    assertThat(e.appointment().citizen().familyName()).isEqualTo("Verbiest");
                    assertThat(e.mark()).isEqualTo(SyncMark.SYNCED);
                });

        // the next batch: another desk checked her in; before the pause is over the agent checks Peeters in here
        upsert(new Appointment(pulled.id(), pulled.code(), pulled.locationId(), pulled.productCode(), pulled.start(),
                pulled.end(), TestAppointments.anotherCitizen("Ilse", "Verbiest-Claes"), AppointmentStatus.CHECKED_IN,
                pulled.origin(), false, 2));
        changes.syncStatusChanged(status(2));
        paced.select(peeters.id());
        paced.checkIn();

        assertThat(timers).as("the sync's reload still waits for its pause").isNotEmpty();
        assertThat(paced.visible()).filteredOn(e -> e.appointment().id().equals(peeters.id())).singleElement()
                .satisfies(e -> {
                    assertThat(e.appointment().status()).as("the change made here, at once")
                            .isEqualTo(AppointmentStatus.CHECKED_IN);
                    assertThat(e.mark()).isEqualTo(SyncMark.PENDING);
                });
        assertThat(paced.visible()).filteredOn(e -> e.appointment().id().equals(pulled.id())).singleElement()
                .satisfies(e -> {
                    assertThat(e.appointment().status()).as("the load read the synced state too")
                            .isEqualTo(AppointmentStatus.CHECKED_IN);
                    assertThat(e.appointment().citizen().familyName()).as("a changed citizen is opened again")
                            .isEqualTo("Verbiest-Claes");
                });
    }

    @Test
    void the_last_sync_batch_of_a_catch_up_is_always_shown() {
        long[] now = {0};
        List<Runnable> timers = new ArrayList<>();
        TodayViewModel paced = paced(now, timers);
        DeskChanges changes = new DeskChanges(() -> { });
        paced.follow(changes);
        paced.reload();

        AppointmentStatus[] steps = {AppointmentStatus.CHECKED_IN, AppointmentStatus.CALLED,
            AppointmentStatus.IN_SERVICE, AppointmentStatus.SERVED};
        for (int batch = 0; batch < steps.length; batch++) {
            upsert(new Appointment(el.id(), el.code(), el.locationId(), el.productCode(), el.start(), el.end(),
                    el.citizen(), steps[batch], el.origin(), false, 2 + batch));
            changes.syncStatusChanged(status(10 + batch));
            now[0] += Duration.ofMillis(100).toNanos();
        }
        assertThat(paced.visible()).filteredOn(e -> e.appointment().id().equals(el.id()))
                .extracting(e -> e.appointment().status()).as("still the state before the catch-up")
                .containsExactly(AppointmentStatus.BOOKED);

        now[0] += Duration.ofMillis(500).toNanos();
        fire(timers);
        assertThat(timers).isEmpty();
        assertThat(paced.visible()).filteredOn(e -> e.appointment().id().equals(el.id()))
                .extracting(e -> e.appointment().status()).containsExactly(AppointmentStatus.SERVED);
    }

    private void upsert(Appointment a) {
        desk.store.database().inTransaction(c -> {
            desk.store.appointments().upsert(c, a);
            return null;
        });
    }

    private static SyncStatus status(long dataVersion) {
        return new SyncStatus(SyncPhase.SYNCING, null, 0, 0, 0, Instant.parse("2026-11-30T08:00:00Z"), null, 0,
                dataVersion);
    }

    private static void fire(List<Runnable> timers) {
        List<Runnable> due = new ArrayList<>(timers);
        timers.clear();
        due.forEach(Runnable::run);
    }

    @Test
    void behind_another_tab_the_day_is_not_read_for_nobody_and_is_read_when_selected() {
        boolean[] shown = {false};
        DeskChanges changes = new DeskChanges(() -> { });
        model.follow(changes, () -> shown[0]);
        Appointment pulled = new Appointment(UUID.randomUUID(), "PUL-002", "antwerpen", "EID_APPLY",
                TODAY.atTime(12, 0), TODAY.atTime(12, 10), TestAppointments.anotherCitizen("Jan", "Goossens"),
                AppointmentStatus.BOOKED, AppointmentOrigin.ONLINE, false, 1);
        upsert(pulled);
        changes.syncStatusChanged(status(1));
        changes.localWrite();
        assertThat(model.visible()).as("hidden: not reloaded").hasSize(2);

        shown[0] = true;
        model.reload(); // what selecting the tab does
        assertThat(model.visible()).extracting(e -> e.appointment().code()).contains("PUL-002");

        upsert(new Appointment(pulled.id(), pulled.code(), pulled.locationId(), pulled.productCode(), pulled.start(),
                pulled.end(), pulled.citizen(), AppointmentStatus.CANCELLED, pulled.origin(), false, 2));
        changes.syncStatusChanged(status(2));
        assertThat(model.visible()).filteredOn(e -> e.appointment().id().equals(pulled.id()))
                .extracting(e -> e.appointment().status()).as("shown: follows the sync")
                .containsExactly(AppointmentStatus.CANCELLED);
    }
}
