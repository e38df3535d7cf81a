package be.antwerpen.lom.server.command;

import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.server.appointment.AppointmentWrite;
import be.antwerpen.lom.server.appointment.LiveBooking;
import be.antwerpen.lom.server.appointment.StoredAppointment;
import be.antwerpen.lom.server.db.DatabaseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The appointments one transaction has read or changed, held in memory and written in two batches
 * (inserts, version-checked updates) when the transaction ends ({@link AppointmentWriter#flush}).
 * An appointment booked and then checked in, called, served in the same transaction is written
 * once, in its final state; its intermediate states still each get a change-log row.
 *
 * <p>Seats are never buffered: the seat cells stay the database's guard against overbooking
 * (ADR 0020). A buffered update is written with {@code WHERE version = <version read>}; if another
 * writer changed the row meanwhile, the flush fails and the whole transaction runs again.
 */
public final class WriteBehindAppointments {

    /** {@code storedKey}: the live booking key the row holds in the database now (ADR 0027), or null. */
    private record Entry(StoredAppointment current, long storedVersion, boolean inDatabase, boolean dirty, long at,
                         LiveBooking storedKey) {
    }

    /** A point to return to when a command is rolled back to its savepoint. */
    public static final class Mark {
        private final Map<UUID, Entry> entries;
        private final Set<UUID> absent;
        private final Set<LiveBooking> keysRead;

        private Mark(Map<UUID, Entry> entries, Set<UUID> absent, Set<LiveBooking> keysRead) {
            this.entries = entries;
            this.absent = absent;
            this.keysRead = keysRead;
        }
    }

    private Map<UUID, Entry> entries = new HashMap<>();
    private Set<UUID> absent = new HashSet<>();
    /** Live booking keys whose rows in the database were all read into {@link #entries} (ADR 0130). */
    private Set<LiveBooking> keysRead = new HashSet<>();
    private long changes;

    /** Whether the state of {@code id} is known here (held, or known not to exist). */
    boolean knows(UUID id) {
        return entries.containsKey(id) || absent.contains(id);
    }

    /** The held state of {@code id}; empty when it is known not to exist. */
    Optional<StoredAppointment> get(UUID id) {
        Entry e = entries.get(id);
        return e == null ? Optional.empty() : Optional.of(e.current());
    }

    /** Remembers a row as read from the database in this transaction. */
    void loaded(StoredAppointment stored) {
        UUID id = stored.appointment().id();
        if (!entries.containsKey(id)) {
            entries.put(id, new Entry(stored, stored.appointment().version(), true, false, 0,
                    LiveBooking.of(stored.appointment())));
            absent.remove(id);
        }
    }

    /** Remembers that every row holding {@code key} in the database was read here ({@link #loaded}). */
    void loadedHolding(LiveBooking key) {
        keysRead.add(key);
    }

    /** Whether every row holding {@code key} in the database was read here: then {@link #holding} answers alone. */
    boolean readHolding(LiveBooking key) {
        return keysRead.contains(key);
    }

    /** Remembers that no row with this id existed when read in this transaction. */
    void loadedAbsent(UUID id) {
        if (!entries.containsKey(id)) {
            absent.add(id);
        }
    }

    void inserted(StoredAppointment stored, long at) {
        UUID id = stored.appointment().id();
        if (entries.containsKey(id)) {
            throw new IllegalStateException("an appointment was inserted twice in one transaction");
        }
        entries.put(id, new Entry(stored, 0, false, true, at, null));
        absent.remove(id);
        changes++;
    }

    void updated(StoredAppointment before, StoredAppointment saved, long at) {
        UUID id = saved.appointment().id();
        Entry held = entries.get(id);
        if (held == null) {
            held = new Entry(before, before.appointment().version(), true, false, 0,
                    LiveBooking.of(before.appointment()));
        } else if (held.current().appointment().version() != before.appointment().version()) {
            throw new DatabaseException("the appointment changed while a command was applied", true);
        }
        entries.put(id, new Entry(saved, held.storedVersion(), held.inDatabase(), true, at, held.storedKey()));
        changes++;
    }

    /** Counts changes; a command that changed nothing here leaves it as it was. */
    public long changes() {
        return changes;
    }

    public Mark mark() {
        return new Mark(new HashMap<>(entries), new HashSet<>(absent), new HashSet<>(keysRead));
    }

    public void reset(Mark mark) {
        entries = new HashMap<>(mark.entries);
        absent = new HashSet<>(mark.absent);
        keysRead = new HashSet<>(mark.keysRead);
        changes++;
    }

    List<AppointmentWrite> toInsert() {
        List<AppointmentWrite> out = new ArrayList<>();
        entries.values().stream().filter(e -> e.dirty() && !e.inDatabase())
                .forEach(e -> out.add(new AppointmentWrite(e.current(), 0, e.at())));
        return out;
    }

    /**
     * The updates that take a row out of the live booking key it holds in the database: parked before
     * the updates are written, so no update meets a row that is leaving its slot (ADR 0027).
     */
    List<AppointmentWrite> toPark() {
        List<AppointmentWrite> out = new ArrayList<>();
        entries.values().stream()
                .filter(e -> e.dirty() && e.inDatabase() && e.storedKey() != null
                        && !e.storedKey().equals(LiveBooking.of(e.current().appointment())))
                .forEach(e -> out.add(new AppointmentWrite(e.current(), e.storedVersion(), e.at())));
        return out;
    }

    /** An appointment held here, other than {@code except}, whose current state holds {@code key}. */
    Optional<Appointment> holding(LiveBooking key, UUID except) {
        return entries.values().stream().map(e -> e.current().appointment())
                .filter(a -> !a.id().equals(except) && key.equals(LiveBooking.of(a)))
                .findFirst();
    }

    /** Whether every row to write is a new one (nothing held changes a row that exists). */
    boolean onlyInserts() {
        return entries.values().stream().noneMatch(e -> e.dirty() && e.inDatabase());
    }

    List<AppointmentWrite> toUpdate() {
        List<AppointmentWrite> out = new ArrayList<>();
        entries.values().stream().filter(e -> e.dirty() && e.inDatabase())
                .forEach(e -> out.add(new AppointmentWrite(e.current(), e.storedVersion(), e.at())));
        return out;
    }

    /** After a flush: everything held is in the database as held. */
    void flushed() {
        entries.replaceAll((id, e) -> new Entry(e.current(), e.current().appointment().version(), true, false, 0,
                LiveBooking.of(e.current().appointment())));
    }
}
