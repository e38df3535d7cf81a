package be.antwerpen.lom.client.agenda;

import be.antwerpen.lom.client.store.AppointmentStore;
import be.antwerpen.lom.client.store.LocalDatabase;
import be.antwerpen.lom.client.store.OutboxEntry;
import be.antwerpen.lom.client.store.OutboxStore;
import be.antwerpen.lom.client.store.OutboxStatus;
import be.antwerpen.lom.model.appointment.Appointment;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads the desk's view of its agenda: confirmed state + own pending commands (see {@link AgendaRebase}). */
public final class LocalAgenda {

    private final LocalDatabase database;
    private final AppointmentStore appointments;
    private final OutboxStore outbox;
    private final AgendaRebase rebase;

    public LocalAgenda(LocalDatabase database, AppointmentStore appointments, OutboxStore outbox,
                       AgendaRebase rebase) {
        this.database = database;
        this.appointments = appointments;
        this.outbox = outbox;
        this.rebase = rebase;
    }

    /**
     * The appointments of {@code day} as the desk shows them, by start time. The confirmed state and the outbox are
     * read in one transaction (one consistent state); the rebase runs after it, so the sync is not kept waiting for
     * the database while a screen computes (issue 16).
     */
    public List<AgendaEntry> day(LocalDate day) {
        record Read(List<Appointment> confirmed, List<OutboxEntry> commands) {
        }
        Read read = database.inTransaction(c -> new Read(appointments.onDay(c, day), outbox.all(c)));
        return rebase.apply(read.confirmed(), read.commands()).stream()
                .filter(e -> e.appointment().start().toLocalDate().equals(day))
                .toList();
    }

    /**
     * One appointment as the desk shows it; use inside a transaction that is about to change it. A booking or walk-in
     * the server refused is not one: nothing can happen to it but its dismissal.
     */
    public Optional<AgendaEntry> current(Connection c, UUID id) throws SQLException {
        List<Appointment> confirmed = appointments.find(c, id).stream().toList();
        return rebase.apply(confirmed, outbox.forEntity(c, id)).stream()
                .filter(e -> e.appointment().id().equals(id) && !e.refusedBooking())
                .findFirst();
    }

    /** Everything still in the outbox, oldest first. */
    public List<OutboxEntry> outbox() {
        return database.inTransaction(outbox::all);
    }

    /** What the outbox holds that the server has not acknowledged (waiting, rejected, in conflict), oldest first. */
    public List<OutboxEntry> unacknowledged() {
        return database.inTransaction(outbox::unacknowledged);
    }

    /**
     * As {@link #unacknowledged()}, each with the appointment it is about as the desk shows it (the Sync screen says
     * whose each change is): per named record, its confirmed state with its commands replayed, as {@link #current};
     * a booking the server put in conflict is in no view, so it shows as the desk made it.
     */
    public List<UnacknowledgedCommand> unacknowledgedWithAppointments() {
        return database.inTransaction(c -> {
            List<OutboxEntry> waiting = outbox.unacknowledged(c);
            Map<UUID, Appointment> shown = new HashMap<>();
            for (OutboxEntry e : waiting) {
                UUID id = e.entityId();
                if (id == null || shown.containsKey(id)) {
                    continue;
                }
                List<OutboxEntry> commands = outbox.forEntity(c, id);
                rebase.apply(appointments.find(c, id).stream().toList(), commands).stream()
                        .filter(entry -> entry.appointment().id().equals(id)).findFirst()
                        .map(AgendaEntry::appointment)
                        .or(() -> commands.stream().map(rebase::made).flatMap(Optional::stream).findFirst())
                        .ifPresent(a -> shown.put(id, a));
            }
            List<UnacknowledgedCommand> result = new ArrayList<>();
            for (OutboxEntry e : waiting) {
                result.add(new UnacknowledgedCommand(e, Optional.ofNullable(e.entityId() == null ? null
                        : shown.get(e.entityId()))));
            }
            return result;
        });
    }

    public int waitingCommands() {
        return database.inTransaction(c -> outbox.count(c, OutboxStatus.PENDING));
    }
}
