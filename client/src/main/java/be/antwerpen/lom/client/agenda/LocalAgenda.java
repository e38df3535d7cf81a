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
import java.util.List;
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

    public int waitingCommands() {
        return database.inTransaction(c -> outbox.count(c, OutboxStatus.PENDING));
    }
}
