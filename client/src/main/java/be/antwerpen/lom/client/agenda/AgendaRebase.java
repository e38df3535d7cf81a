package be.antwerpen.lom.client.agenda;

import be.antwerpen.lom.client.store.OutboxEntry;
import be.antwerpen.lom.client.store.OutboxStatus;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentLifecycle;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.appointment.TransitionResult;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.sync.Commands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The rebase of the sync design: the view is the server's confirmed state with the desk's own
 * commands that the server has not yet reflected replayed on top, in sequence order. Pure: the same
 * inputs give the same view, so a pull that changes the confirmed state simply re-runs it.
 *
 * <p>Rejected commands are not replayed (their record is marked), conflicts are not replayed either
 * (the server decided; the record is marked), and a command that no longer fits the confirmed state
 * (e.g. a check-in of an appointment the server cancelled) is skipped: the server will answer it.
 *
 * <p>A rejected booking or walk-in has no record to mark: the server stored nothing. It is shown from its outbox
 * payload, marked REJECTED with the reason, as a {@link AgendaEntry#refusedBooking() refused booking} that holds no
 * seat, until staff dismiss it; later commands about it are neither replayed nor marked (ADR 0143).
 */
public final class AgendaRebase {

    private final Function<String, Duration> productDuration;

    /** @param productDuration duration of a product code, for bookings and walk-ins made here */
    public AgendaRebase(Function<String, Duration> productDuration) {
        this.productDuration = productDuration;
    }

    public List<AgendaEntry> apply(Collection<Appointment> confirmed, List<OutboxEntry> outbox) {
        Map<UUID, Appointment> view = new LinkedHashMap<>();
        Map<UUID, SyncMark> marks = new LinkedHashMap<>();
        Map<UUID, String> reasons = new LinkedHashMap<>();
        Set<UUID> refused = new HashSet<>();
        for (Appointment a : confirmed) {
            view.put(a.id(), a);
            marks.put(a.id(), a.provisional() ? SyncMark.PROVISIONAL : SyncMark.SYNCED);
        }
        for (OutboxEntry entry : outbox) {
            UUID id = entry.entityId();
            if (id == null || refused.contains(id)) {
                continue;
            }
            switch (entry.status()) {
                case REJECTED -> {
                    if (!marks.containsKey(id) && refusedBooking(view, entry)) {
                        marks.put(id, SyncMark.REJECTED);
                        reasons.put(id, entry.reason());
                        refused.add(id);
                    } else {
                        mark(marks, reasons, id, SyncMark.REJECTED, entry.reason());
                    }
                }
                case CONFLICT -> mark(marks, reasons, id, SyncMark.CONFLICT, entry.reason());
                case PENDING, ACKED -> replay(view, marks, entry);
                default -> throw new IllegalStateException("unknown outbox status " + entry.status());
            }
        }
        List<AgendaEntry> result = new ArrayList<>();
        for (Appointment a : view.values()) {
            result.add(new AgendaEntry(a, marks.get(a.id()), reasons.get(a.id()), refused.contains(a.id())));
        }
        result.sort(Comparator.comparing((AgendaEntry e) -> e.appointment().start())
                .thenComparing(e -> e.appointment().code()));
        return result;
    }

    private static void mark(Map<UUID, SyncMark> marks, Map<UUID, String> reasons, UUID id, SyncMark mark,
                             String reason) {
        if (marks.containsKey(id)) {
            marks.put(id, mark);
            reasons.put(id, reason);
        }
    }

    /** Puts a refused booking or walk-in in the view as it was made here; false for any other command. */
    private boolean refusedBooking(Map<UUID, Appointment> view, OutboxEntry entry) {
        Optional<Appointment> made = made(entry);
        made.ifPresent(a -> view.put(a.id(), a));
        return made.isPresent();
    }

    /** The appointment a booking or walk-in made here creates, as the desk made it; empty for any other command. */
    public Optional<Appointment> made(OutboxEntry entry) {
        if (entry.payload() instanceof Commands.Book book) {
            return Optional.of(booked(book));
        } else if (entry.payload() instanceof Commands.RegisterWalkIn walkIn) {
            return Optional.of(walkedIn(walkIn));
        }
        return Optional.empty();
    }

    private void replay(Map<UUID, Appointment> view, Map<UUID, SyncMark> marks, OutboxEntry entry) {
        boolean pending = entry.status() == OutboxStatus.PENDING;
        UUID id = entry.entityId();
        Appointment current = view.get(id);
        Appointment next = next(current, entry);
        if (next == null || next.equals(current)) {
            return;
        }
        view.put(id, next);
        if (current == null) {
            boolean booking = entry.payload() instanceof Commands.Book book && book.leaseId() == null;
            marks.put(id, pending && booking ? SyncMark.PROVISIONAL : SyncMark.PENDING);
        } else if (pending && marks.get(id) == SyncMark.SYNCED) {
            marks.put(id, SyncMark.PENDING);
        }
    }

    private Appointment next(Appointment current, OutboxEntry entry) {
        Object payload = entry.payload();
        if (current != null) {
            if (payload instanceof Commands.LifecycleCommand command) {
                return lifecycle(current, command);
            } else if (payload instanceof Commands.Reschedule move) {
                return rescheduled(current, move);
            } else if (payload instanceof Commands.UpdateContact contact) {
                return withContact(current, contact);
            }
            return null;
        }
        if (payload instanceof Commands.Book book) {
            return booked(book);
        } else if (payload instanceof Commands.RegisterWalkIn walkIn) {
            return walkedIn(walkIn);
        }
        return null;
    }

    private static Appointment lifecycle(Appointment current, Commands.LifecycleCommand command) {
        TransitionResult result = AppointmentLifecycle.apply(current.status(), command.action());
        return result instanceof TransitionResult.Applied applied ? current.withStatus(applied.status()) : null;
    }

    private Appointment booked(Commands.Book book) {
        return new Appointment(book.appointmentId(), book.code(), book.locationId(), book.productCode(), book.start(),
                book.start().plus(productDuration.apply(book.productCode())), book.citizen(),
                AppointmentStatus.BOOKED, book.origin(), book.leaseId() == null, 0);
    }

    private Appointment walkedIn(Commands.RegisterWalkIn walkIn) {
        return new Appointment(walkIn.appointmentId(), walkIn.ticketNumber(), walkIn.locationId(),
                walkIn.productCode(), walkIn.arrivedAt(),
                walkIn.arrivedAt().plus(productDuration.apply(walkIn.productCode())), walkIn.citizen(),
                AppointmentStatus.CHECKED_IN, walkIn.origin(), false, 0);
    }

    private Appointment rescheduled(Appointment a, Commands.Reschedule move) {
        String location = move.locationId() == null ? a.locationId() : move.locationId();
        return new Appointment(a.id(), a.code(), location, a.productCode(), move.newStart(),
                move.newStart().plus(productDuration.apply(a.productCode())), a.citizen(), a.status(), a.origin(),
                a.provisional(), a.version());
    }

    private static Appointment withContact(Appointment a, Commands.UpdateContact contact) {
        Citizen c = a.citizen();
        Citizen updated = new Citizen(c.nationalRegisterNumber(), c.givenName(), c.familyName(),
                contact.email() == null ? c.email() : contact.email(),
                contact.phone() == null ? c.phone() : contact.phone());
        return new Appointment(a.id(), a.code(), a.locationId(), a.productCode(), a.start(), a.end(), updated,
                a.status(), a.origin(), a.provisional(), a.version());
    }
}
