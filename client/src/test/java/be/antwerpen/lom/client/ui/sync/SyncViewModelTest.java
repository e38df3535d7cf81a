package be.antwerpen.lom.client.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.store.OutboxEntry;
import be.antwerpen.lom.client.store.OutboxStatus;
import be.antwerpen.lom.client.testing.TestAppointments;
import be.antwerpen.lom.client.testing.TestDesk;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.model.appointment.Appointment;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneId.of("Europe/Brussels"));

    @TempDir
    Path dir;

    private TestDesk desk;
    private SyncViewModel model;
    private final AtomicInteger syncRequests = new AtomicInteger();

    @BeforeEach
    void setUp() {
        desk = new TestDesk(dir, CLOCK);
        Appointment a = TestAppointments.booked("K7M-2QX", LocalDate.of(2026, 11, 30).atTime(9, 30));
        Appointment b = TestAppointments.booked("ABC-DEF", LocalDate.of(2026, 11, 30).atTime(9, 40));
        desk.store.database().inTransaction(c -> {
            desk.store.appointments().upsert(c, a);
            desk.store.appointments().upsert(c, b);
            return null;
        });
        desk.actions.checkIn(a.id());
        desk.actions.checkIn(b.id());
        desk.actions.call(b.id());
        desk.store.database().inTransaction(c -> {
            var outbox = desk.store.outbox().all(c);
            desk.store.outbox().settle(c, outbox.get(0).commandId(), OutboxStatus.ACKED, null, null);
            desk.store.outbox().settle(c, outbox.get(1).commandId(), OutboxStatus.REJECTED,
                    "the appointment was cancelled online", null);
            return null;
        });
        model = new SyncViewModel(desk.agenda, desk.store, syncRequests::incrementAndGet,
                new BackgroundTasks(Runnable::run, Runnable::run));
        model.reload();
    }

    @AfterEach
    void tearDown() {
        desk.close();
    }

    @Test
    void lists_waiting_and_rejected_changes_with_their_reason_but_not_acknowledged_ones() {
        assertThat(model.items()).extracting(OutboxEntry::status, OutboxEntry::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(OutboxStatus.REJECTED, "the appointment was cancelled online"),
                org.assertj.core.groups.Tuple.tuple(OutboxStatus.PENDING, null));
    }

    @Test
    void dismissing_removes_a_rejection_but_never_a_waiting_change() {
        model.dismiss(model.items().get(1));
        assertThat(model.items()).hasSize(2);

        model.dismiss(model.items().get(0));
        assertThat(model.items()).extracting(OutboxEntry::status).containsExactly(OutboxStatus.PENDING);
    }

    @Test
    void sync_now_asks_the_engine_for_a_round() {
        model.syncNow();
        assertThat(syncRequests).hasValue(1);
    }
}
