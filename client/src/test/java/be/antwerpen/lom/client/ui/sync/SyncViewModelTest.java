package be.antwerpen.lom.client.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import be.antwerpen.lom.client.counter.BookingConfirmation;
import be.antwerpen.lom.client.store.OutboxStatus;
import be.antwerpen.lom.client.testing.TestAppointments;
import be.antwerpen.lom.client.testing.TestDesk;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.location.Location;
import be.antwerpen.lom.model.reference.ReferenceDataLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneId.of("Europe/Brussels"));
    private static final LocalDateTime ELEVEN = LocalDateTime.of(2026, 11, 30, 11, 0);

    @TempDir
    Path dir;

    private TestDesk desk;
    private SyncViewModel model;
    private final AtomicInteger syncRequests = new AtomicInteger();

    @BeforeEach
    void setUp() {
        desk = new TestDesk(dir, CLOCK);
        desk.referenceData.set(ReferenceDataLoader.antwerpExample());
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
                new BackgroundTasks(Runnable::run, Runnable::run), new Messages(Messages.DUTCH_BELGIUM),
                id -> desk.referenceData.get().flatMap(r -> r.location(id)).map(Location::name).orElse("?"));
        model.reload();
    }

    @AfterEach
    void tearDown() {
        desk.close();
    }

    @Test
    void lists_waiting_and_rejected_changes_with_their_reason_but_not_acknowledged_ones() {
        assertThat(model.items()).extracting(i -> i.entry().status(), i -> i.entry().reason()).containsExactly(
                tuple(OutboxStatus.REJECTED, "the appointment was cancelled online"),
                tuple(OutboxStatus.PENDING, null));
    }

    @Test
    void each_change_says_whose_it_is_code_name_start_and_the_locations_name() {
        assertThat(model.items()).extracting(SyncItem::code, SyncItem::citizenName, SyncItem::start,
                SyncItem::locationName).containsExactly(
                tuple("ABC-DEF", "An Peeters", LocalDate.of(2026, 11, 30).atTime(9, 40), "Districtshuis Antwerpen"),
                tuple("ABC-DEF", "An Peeters", LocalDate.of(2026, 11, 30).atTime(9, 40), "Districtshuis Antwerpen"));
        assertThat(model.startText(model.items().get(0))).isEqualTo("ma 30/11/2026 09:40");
        assertThat(model.items().get(0).toString()).doesNotContain("Peeters", "ABC-DEF");
    }

    @Test
    void a_booking_the_server_refused_says_whose_it_was_from_the_outbox() {
        BookingConfirmation booked = refusedBooking();

        assertThat(model.items()).filteredOn(SyncItem::refusedBooking).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(booked.code());
            assertThat(i.citizenName()).isEqualTo("Lotte Claes");
            assertThat(model.startText(i)).isEqualTo("ma 30/11/2026 11:00");
            assertThat(i.locationName()).isEqualTo("Districtshuis Antwerpen");
        });
    }

    @Test
    void dismissing_removes_a_rejection_but_never_a_waiting_change() {
        List<String> asked = new ArrayList<>();
        model.dismiss(model.items().get(1), q -> asked.add(q));
        assertThat(model.items()).hasSize(2);

        model.dismiss(model.items().get(0), q -> asked.add(q));
        assertThat(model.items()).extracting(i -> i.entry().status()).containsExactly(OutboxStatus.PENDING);
        assertThat(asked).as("a refused check-in loses nothing: no question").isEmpty();
    }

    @Test
    void a_refused_booking_leaves_the_list_only_after_yes_to_a_question_naming_the_citizen_to_contact() {
        BookingConfirmation booked = refusedBooking();
        SyncItem refused = model.items().stream().filter(SyncItem::refusedBooking).findFirst().orElseThrow();
        List<String> asked = new ArrayList<>();

        model.dismiss(refused, question -> asked.add(question) && false);

        assertThat(asked).singleElement().asString()
                .contains("Lotte Claes", booked.code(), "ma 30/11/2026 11:00", "Districtshuis Antwerpen",
                        "moet gecontacteerd worden");
        assertThat(model.items()).as("nee keeps the only copy").contains(refused);
        assertThat(desk.agenda.day(ELEVEN.toLocalDate())).anyMatch(e -> e.appointment().code().equals(booked.code()));

        model.dismiss(refused, question -> true);

        assertThat(model.items()).doesNotContain(refused);
        assertThat(desk.agenda.day(ELEVEN.toLocalDate())).noneMatch(e -> e.appointment().code().equals(booked.code()));
    }

    @Test
    void sync_now_asks_the_engine_for_a_round() {
        model.syncNow();
        assertThat(syncRequests).hasValue(1);
    }

    private BookingConfirmation refusedBooking() {
        BookingConfirmation booked = desk.booking.book("antwerpen", "EID_APPLY", ELEVEN,
                TestAppointments.citizen("Lotte", "Claes"));
        desk.store.database().inTransaction(c -> {
            var outbox = desk.store.outbox().all(c);
            desk.store.outbox().settle(c, outbox.get(outbox.size() - 1).commandId(), OutboxStatus.REJECTED,
                    "location_closed", null);
            return null;
        });
        model.reload();
        return booked;
    }
}
