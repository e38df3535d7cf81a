package be.antwerpen.lom.client.counter;

import be.antwerpen.lom.client.agenda.AgendaEntry;
import be.antwerpen.lom.client.agenda.LocalAgenda;
import be.antwerpen.lom.client.failure.DeskFailure;
import be.antwerpen.lom.client.store.LocalDatabase;
import be.antwerpen.lom.client.store.OutboxRecorder;
import be.antwerpen.lom.client.store.WalkInCounterStore;
import be.antwerpen.lom.model.appointment.AppointmentAction;
import be.antwerpen.lom.model.appointment.AppointmentLifecycle;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.TimeOrderedUuid;
import be.antwerpen.lom.model.appointment.TransitionResult;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.sync.CommandPayload;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.validation.Require;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What staff do at the counter. Each action checks the life cycle against what the desk shows, then
 * stores the command in the outbox in one SQLite transaction: when a method returns, the change
 * survives a crash. The view (confirmed state + pending commands) shows it at once; the sync engine
 * sends it when it can.
 */
public final class CounterActions {

    private final LocalDatabase database;
    private final LocalAgenda agenda;
    private final OutboxRecorder recorder;
    private final WalkInCounterStore walkInCounter;
    private final TimeOrderedUuid ids;
    private final Clock clock;
    private final Supplier<String> actor;
    private final Supplier<DeskContext> desk;
    private final Runnable onLocalChange;

    public CounterActions(LocalDatabase database, LocalAgenda agenda, OutboxRecorder recorder,
                          WalkInCounterStore walkInCounter, TimeOrderedUuid ids, Clock clock,
                          Supplier<String> actor, Supplier<DeskContext> desk, Runnable onLocalChange) {
        this.database = database;
        this.agenda = agenda;
        this.recorder = recorder;
        this.walkInCounter = walkInCounter;
        this.ids = ids;
        this.clock = clock;
        this.actor = actor;
        this.desk = desk;
        this.onLocalChange = onLocalChange;
    }

    public void checkIn(UUID appointmentId) {
        lifecycle(appointmentId, AppointmentAction.CHECK_IN, new Commands.CheckIn(appointmentId, null));
    }

    public void call(UUID appointmentId) {
        lifecycle(appointmentId, AppointmentAction.CALL,
                new Commands.Call(appointmentId, desk.get().deskName(), null));
    }

    public void startService(UUID appointmentId) {
        lifecycle(appointmentId, AppointmentAction.START_SERVICE, new Commands.StartService(appointmentId, null));
    }

    public void markServed(UUID appointmentId, String outcome) {
        String cleaned = outcome == null || outcome.isBlank() ? null : outcome.strip();
        if (cleaned != null && cleaned.length() > 200) {
            throw new CounterActionRefusedException("the outcome is longer than 200 characters",
                    "failure.outcomeTooLong", 200);
        }
        // the server's rule for the outcome, checked here so the desk says it at once instead of after a sync
        Require.optionalLine(cleaned, "outcome", 200);
        lifecycle(appointmentId, AppointmentAction.MARK_SERVED,
                new Commands.MarkServed(appointmentId, cleaned, null));
    }

    public void markNoShow(UUID appointmentId) {
        lifecycle(appointmentId, AppointmentAction.MARK_NO_SHOW, new Commands.MarkNoShow(appointmentId, null));
    }

    public void cancel(UUID appointmentId, String reason) {
        String cleaned = Require.optionalLine(reason, "reason", 500);
        lifecycle(appointmentId, AppointmentAction.CANCEL, new Commands.Cancel(appointmentId, cleaned, null));
    }

    /**
     * Changes the citizen's e-mail address and phone number as the person at the counter gives them;
     * a blank field clears it. Only the fields that differ from what the desk shows are sent (the
     * server merges per field, ADR 0091), so a field another desk changed meanwhile is not overwritten
     * by an unchanged copy.
     *
     * @return false when nothing changed (no command is stored)
     * @throws be.antwerpen.lom.model.validation.DomainValidationException for an invalid address or number
     */
    public boolean updateContact(UUID appointmentId, String email, String phone) {
        boolean recorded = database.inTransaction(c -> {
            Citizen current = currentOrRefuse(c, appointmentId).appointment().citizen();
            Citizen wanted = new Citizen(current.nationalRegisterNumber(), current.givenName(),
                    current.familyName(), email, phone);
            String emailChange = changed(current.email(), wanted.email());
            String phoneChange = changed(current.phone(), wanted.phone());
            if (emailChange == null && phoneChange == null) {
                return false;
            }
            recorder.record(c, actor.get(), new Commands.UpdateContact(appointmentId, emailChange, phoneChange));
            return true;
        });
        if (recorded) {
            onLocalChange.run();
        }
        return recorded;
    }

    /** {@code null} = unchanged, blank = clear, else the new value (the protocol's field merge). */
    private static String changed(String before, String after) {
        if (Objects.equals(before, after)) {
            return null;
        }
        return after == null ? "" : after;
    }

    /**
     * Registers a citizen without an appointment and hands out a ticket number from this desk's
     * range ({@code <prefix>-0001}, counting per day), unique even offline.
     *
     * @return the ticket number
     */
    public String registerWalkIn(String productCode, Citizen citizen) {
        if (productCode == null || productCode.isBlank()) {
            throw new CounterActionRefusedException("choose a product", "failure.counter.chooseProduct");
        }
        DeskContext context = desk.get();
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        UUID appointmentId = ids.next();
        String ticket = database.inTransaction(c -> {
            int number = walkInCounter.takeNext(c, now.toLocalDate());
            String ticketNumber = String.format("%s%s-%04d", context.ticketPrefix(),
                    WalkInCounterStore.seriesMark(walkInCounter.series(c)), number);
            recorder.record(c, actor.get(), new Commands.RegisterWalkIn(appointmentId, ticketNumber,
                    context.locationId(), productCode, now, citizen, AppointmentOrigin.WALK_IN, null));
            return ticketNumber;
        });
        onLocalChange.run();
        return ticket;
    }

    /** Stores an already validated command (e.g. a booking checked by {@link OfflineBooking}). */
    void recordChecked(SqlCheck check, CommandPayload payload) {
        database.inTransaction(c -> {
            check.verify(c);
            recorder.record(c, actor.get(), payload);
            return null;
        });
        onLocalChange.run();
    }

    private void lifecycle(UUID appointmentId, AppointmentAction action, Commands.LifecycleCommand command) {
        boolean recorded = database.inTransaction(c -> {
            AgendaEntry entry = currentOrRefuse(c, appointmentId);
            TransitionResult result = AppointmentLifecycle.apply(entry.appointment().status(), action);
            if (result instanceof TransitionResult.Refused refused) {
                throw new CounterActionRefusedException(refused.refusal(), "failure.counter.notPossible",
                        DeskFailure.text("status." + refused.status().name()));
            }
            if (result instanceof TransitionResult.Repeat) {
                return false;
            }
            recorder.record(c, actor.get(), command);
            return true;
        });
        if (recorded) {
            onLocalChange.run();
        }
    }

    private AgendaEntry currentOrRefuse(Connection c, UUID appointmentId) throws SQLException {
        return agenda.current(c, appointmentId)
                .orElseThrow(() -> new CounterActionRefusedException(
                        "this appointment is not in the local agenda", "failure.notInAgenda"));
    }

    /** A check that runs inside the transaction that stores a command. */
    @FunctionalInterface
    interface SqlCheck {
        void verify(Connection c) throws SQLException;
    }
}
