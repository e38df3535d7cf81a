package be.antwerpen.lom.client.counter;

import be.antwerpen.lom.client.agenda.AgendaEntry;
import be.antwerpen.lom.client.agenda.AgendaRebase;
import be.antwerpen.lom.client.reference.CurrentReferenceData;
import be.antwerpen.lom.client.store.LocalStore;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.BookingWindow;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.appointment.TimeOrderedUuid;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.lease.SeatLease;
import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.model.slot.ExistingBooking;
import be.antwerpen.lom.model.slot.FlexibilityQuery;
import be.antwerpen.lom.model.slot.ProximityQuery;
import be.antwerpen.lom.model.slot.Slot;
import be.antwerpen.lom.model.slot.SlotEngine;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.validation.DomainValidationException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Booking at the desk from the local copy: the shared slot engine over the reference data, the
 * other locations' occupancy from the last snapshot and this location's agenda with the desk's own
 * pending commands. A booking on a seat lease the desk holds is final (ADR 0030, 0031); any other
 * is provisional until the server confirms it; if the seat was gone the server keeps it as
 * provisional in conflict and a supervisor rebooks it.
 */
public final class OfflineBooking {

    private final LocalStore store;
    private final CurrentReferenceData referenceData;
    private final AgendaRebase rebase;
    private final CounterActions actions;
    private final Supplier<DeskContext> desk;
    private final TimeOrderedUuid ids;
    private final BookingCodes codes;
    private final Clock clock;
    private ReferenceData engineData;
    private SlotEngine engine;

    public OfflineBooking(LocalStore store, CurrentReferenceData referenceData, AgendaRebase rebase,
                          CounterActions actions, Supplier<DeskContext> desk, TimeOrderedUuid ids, BookingCodes codes,
                          Clock clock) {
        this.store = store;
        this.referenceData = referenceData;
        this.rebase = rebase;
        this.actions = actions;
        this.desk = desk;
        this.ids = ids;
        this.codes = codes;
        this.clock = clock;
    }

    /** Free slots at one location from today for {@code days} days. */
    public List<Slot> proximity(String locationId, String productCode, int days) {
        return proximity(locationId, productCode, null, days);
    }

    /** As {@link #proximity(String, String, int)} from {@code fromDay} on ({@code null}: from today). */
    public List<Slot> proximity(String locationId, String productCode, LocalDate fromDay, int days) {
        LocalDate today = LocalDate.now(clock);
        if (fromDay != null && fromDay.isAfter(today)) {
            today = fromDay;
        }
        ProximityQuery query = new ProximityQuery(locationId, productCode, today, today.plusDays(days));
        return store.database().inTransaction(c -> offered(
                engine().proximity(query, bookings(c)), engine().proximity(query, bookingsBesideLeases(c)),
                usableLeases(c)));
    }

    /** Free slots at any location, earliest first, optionally Saturdays or evenings only. */
    public List<Slot> flexibility(String productCode, int days, boolean saturdaysOnly, boolean eveningsOnly,
                                  int limit) {
        return flexibility(productCode, null, days, saturdaysOnly, eveningsOnly, limit);
    }

    /**
     * As {@link #flexibility(String, int, boolean, boolean, int)} from {@code fromDay} on ({@code null} or
     * a day before today: from today, "vroegst mogelijk").
     */
    public List<Slot> flexibility(String productCode, LocalDate fromDay, int days, boolean saturdaysOnly,
                                  boolean eveningsOnly, int limit) {
        LocalDate today = LocalDate.now(clock);
        if (fromDay != null && fromDay.isAfter(today)) {
            today = fromDay;
        }
        FlexibilityQuery query = new FlexibilityQuery(productCode, today, today.plusDays(days), saturdaysOnly,
                eveningsOnly, null, null, null);
        return store.database().inTransaction(c -> offered(
                engine().flexibility(query, bookings(c)), engine().flexibility(query, bookingsBesideLeases(c)),
                usableLeases(c))).stream().limit(limit).toList();
    }

    /** Books {@code slot} for {@code citizen}; the seat is checked again inside the storing transaction. */
    public BookingConfirmation book(String locationId, String productCode, LocalDateTime start, Citizen citizen) {
        if (citizen == null) {
            throw new CounterActionRefusedException("the citizen's data is missing", "failure.booking.citizenMissing");
        }
        if (start.isBefore(LocalDateTime.now(clock))) {
            throw new CounterActionRefusedException("this time has already passed", "failure.booking.timePassed");
        }
        try {
            BookingWindow.requireBookable(start, clock.instant(), clock.instant(), "start");
        } catch (DomainValidationException e) {
            throw new CounterActionRefusedException(e.refusal(), "failure.booking.outsideWindow");
        }
        SlotEngine slots = engine();
        UUID id = ids.next();
        String code = codes.next();
        LocalDateTime end = start.plusMinutes(durationOf(productCode));
        Optional<SeatLease> lease = store.database().inTransaction(
                c -> store.seatLeases().covering(c, locationId, start, end, serverNow(c)));
        actions.recordChecked(c -> {
            if (lease.isPresent()) {
                if (!store.seatLeases().markUsed(c, lease.get().id(), id)) {
                    throw new CounterActionRefusedException("this time is no longer free; choose another one",
                            "failure.booking.taken");
                }
            } else if (slots.check(locationId, productCode, start, bookings(c)).isEmpty()) {
                throw new CounterActionRefusedException("this time is no longer free; choose another one",
                            "failure.booking.taken");
            }
        }, new Commands.Book(id, code, locationId, productCode, start, citizen, AppointmentOrigin.COUNTER,
                // ADR 0029: the desk's booking form leaves the register number blank only when it is not known
                citizen.nationalRegisterNumber() == null ? Boolean.TRUE : null, lease.map(SeatLease::id).orElse(null)));
        return new BookingConfirmation(id, code, locationId, productCode, start, lease.isEmpty());
    }

    /**
     * Which of the slots this desk can book for certain (ADR 0030): a seat lease it holds and has not
     * used covers the slot, so the booking will be final even offline. Other slots would be provisional.
     */
    public Predicate<Slot> certainty() {
        List<SeatLease> usable = store.database().inTransaction(this::usableLeases);
        return slot -> coveredBy(usable, slot);
    }

    /**
     * The slots to offer: those free beside every seat this desk's leases hold, plus those a usable
     * lease covers (booked on the lease, they take its seat). A slot that only overlaps a lease is
     * not free on the lease's seat: the server holds that seat for the lease.
     */
    private List<Slot> offered(List<Slot> free, List<Slot> withoutLeases, List<SeatLease> usable) {
        Map<String, Slot> byPlaceAndTime = new LinkedHashMap<>();
        for (Slot slot : free) {
            byPlaceAndTime.put(slot.locationId() + '@' + slot.start(), slot);
        }
        for (Slot slot : withoutLeases) {
            if (coveredBy(usable, slot)) {
                byPlaceAndTime.putIfAbsent(slot.locationId() + '@' + slot.start(), slot);
            }
        }
        List<Slot> result = new ArrayList<>(upcoming(List.copyOf(byPlaceAndTime.values())));
        result.sort(Comparator.comparing(Slot::start).thenComparing(Slot::locationId));
        return result;
    }

    private static boolean coveredBy(List<SeatLease> usable, Slot slot) {
        return usable.stream().anyMatch(l -> l.covers(slot.locationId(), slot.start(), slot.end()));
    }

    private List<SeatLease> usableLeases(Connection c) throws SQLException {
        return store.seatLeases().usable(c, serverNow(c));
    }

    /**
     * The server's clock as this desk last measured it against its own: a lease's use-before moment is the server's,
     * which returns the seat a grace after it (ADR 0030). On a desk whose clock runs slow a lease judged on the
     * desk's own clock stayed "zeker" after the server had given its seat to someone else.
     */
    private Instant serverNow(Connection c) throws SQLException {
        Long skew = store.syncState().read(c).clockSkewMs();
        return skew == null ? clock.instant() : clock.instant().plusMillis(skew);
    }

    private int durationOf(String productCode) {
        return referenceData.get().flatMap(r -> r.product(productCode)).map(p -> p.durationMinutes())
                .orElseThrow(() -> new CounterActionRefusedException("unknown product", "failure.booking.unknownProduct"));
    }

    private List<Slot> upcoming(List<Slot> slots) {
        LocalDateTime now = LocalDateTime.now(clock);
        return slots.stream().filter(s -> s.start().isAfter(now)).toList();
    }

    /** What holds a seat: other locations' occupancy, this location's agenda, and this desk's unused leases. */
    private List<ExistingBooking> bookings(Connection c) throws SQLException {
        List<ExistingBooking> result = bookingsBesideLeases(c);
        for (SeatLease lease : store.seatLeases().unused(c)) {
            result.add(new ExistingBooking(lease.locationId(), lease.start(), lease.end()));
        }
        return result;
    }

    private List<ExistingBooking> bookingsBesideLeases(Connection c) throws SQLException {
        String own = desk.get().locationId();
        List<ExistingBooking> result = new ArrayList<>(store.occupancy().allExcept(c, own));
        List<Appointment> confirmed = store.appointments().from(c, LocalDate.now(clock));
        for (AgendaEntry entry : rebase.apply(confirmed, store.outbox().all(c))) {
            Appointment a = entry.appointment();
            if (a.status() != AppointmentStatus.CANCELLED && !entry.refusedBooking()) {
                result.add(new ExistingBooking(a.locationId(), a.start(), a.end()));
            }
        }
        return result;
    }

    private synchronized SlotEngine engine() {
        ReferenceData current = referenceData.get()
                .orElseThrow(() -> new CounterActionRefusedException("the reference data has not been loaded yet",
                        "failure.referenceDataMissing"));
        if (engine == null || current != engineData) {
            engine = new SlotEngine(current);
            engineData = current;
        }
        return engine;
    }
}
