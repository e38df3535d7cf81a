package be.antwerpen.lom.server.appointment;

import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.citizen.NationalRegisterNumber;
import be.antwerpen.lom.model.slot.ExistingBooking;
import be.antwerpen.lom.model.sync.OccupiedSeat;
import be.antwerpen.lom.server.db.Rows;
import be.antwerpen.lom.server.db.WallClock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Appointments: one SQL statement (or one batch of it) per method. */
public final class AppointmentRepository {

    private static final String COLUMNS = "id, code, location_id, product_code, start_time, end_time, status, origin,"
            + " provisional, holds_seat, version, updated_at, email_changed_seq, email_changed_by, phone_changed_seq,"
            + " phone_changed_by, register_number, given_name, family_name, email, phone";

    public void insert(Connection c, StoredAppointment stored, long now) throws SQLException {
        Appointment a = stored.appointment();
        Citizen p = a.citizen();
        Rows.update(c, "INSERT INTO appointments (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                a.id(), a.code(), a.locationId(), a.productCode(), WallClock.text(a.start()), WallClock.text(a.end()),
                a.status().name(), a.origin().name(), a.provisional(), stored.holdsSeat(), a.version(), now,
                stored.emailChangedSeq(), stored.emailChangedBy(), stored.phoneChangedSeq(), stored.phoneChangedBy(),
                p.nationalRegisterNumber() == null ? null : p.nationalRegisterNumber().digits(),
                p.givenName(), p.familyName(), p.email(), p.phone());
    }

    private static final String INSERT = "INSERT INTO appointments (" + COLUMNS + ")"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String UPDATE = "UPDATE appointments SET location_id = ?, start_time = ?, end_time = ?,"
            + " status = ?, provisional = ?, holds_seat = ?, version = ?, updated_at = ?, email_changed_seq = ?,"
            + " email_changed_by = ?, phone_changed_seq = ?, phone_changed_by = ?, email = ?, phone = ?"
            + " WHERE id = ? AND version = ?";

    /** Inserts new appointments in one batch. */
    public void insertAll(Connection c, List<AppointmentWrite> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (AppointmentWrite w : rows) {
                Rows.bind(ps, insertParams(w.state(), w.at()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Writes new states in one batch, each only if the row still has {@code storedVersion}; false
     * when any row had changed (the caller runs the whole transaction again).
     */
    public boolean updateAll(Connection c, List<AppointmentWrite> rows) throws SQLException {
        if (rows.isEmpty()) {
            return true;
        }
        try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
            for (AppointmentWrite w : rows) {
                Rows.bind(ps, updateParams(w.state(), w.storedVersion(), w.at()));
                ps.addBatch();
            }
            for (int count : ps.executeBatch()) {
                if (count != 1 && count != Statement.SUCCESS_NO_INFO) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Takes rows out of the one-live-booking index for the rest of the transaction (ADR 0027), each
     * only if it still has its stored version; false when any row had changed. Rows that move out of
     * a slot are parked first, so rows moving in never meet them, whatever the order of the updates.
     */
    public boolean parkAll(Connection c, List<AppointmentWrite> rows) throws SQLException {
        if (rows.isEmpty()) {
            return true;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE appointments SET status = '" + PARKED + "' WHERE id = ? AND version = ?")) {
            for (AppointmentWrite w : rows) {
                Rows.bind(ps, w.state().appointment().id(), w.storedVersion());
                ps.addBatch();
            }
            for (int count : ps.executeBatch()) {
                if (count != 1 && count != Statement.SUCCESS_NO_INFO) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A status only seen inside a transaction that is writing its appointment rows. */
    private static final String PARKED = "PARKED_FOR_WRITE";

    /**
     * Ids of the appointments that hold (or, marked before the index existed, also held) this live
     * booking key in the database.
     */
    public List<UUID> holdingLiveBooking(Connection c, LiveBooking key) throws SQLException {
        return Rows.list(c, "SELECT id FROM appointments WHERE register_number = ? AND location_id = ?"
                        + " AND start_time = ? AND status IN ('BOOKED', 'CHECKED_IN', 'CALLED', 'IN_SERVICE')"
                        + " AND origin NOT IN ('WALK_IN', 'PAPER')",
                rs -> UUID.fromString(rs.getString(1)), key.registerNumber(), key.locationId(),
                WallClock.text(key.start()));
    }

    /**
     * The appointment with {@code id} (if any) and the appointments that hold (or, marked before the index
     * existed, also held) the live booking {@code key}, in one query: a booking's two reads in one round trip
     * (ADR 0130).
     */
    public List<StoredAppointment> withIdOrHolding(Connection c, UUID id, LiveBooking key) throws SQLException {
        return Rows.list(c, "SELECT " + COLUMNS + " FROM appointments WHERE id = ?"
                        + " UNION ALL SELECT " + COLUMNS + " FROM appointments WHERE register_number = ?"
                        + " AND location_id = ? AND start_time = ? AND status IN ('BOOKED', 'CHECKED_IN', 'CALLED',"
                        + " 'IN_SERVICE') AND origin NOT IN ('WALK_IN', 'PAPER') AND id <> ?",
                AppointmentRepository::map, id, key.registerNumber(), key.locationId(), WallClock.text(key.start()), id);
    }

    /** The stored appointments among {@code ids}, read in one query. */
    public List<StoredAppointment> findAll(Connection c, List<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Rows.list(c, "SELECT " + COLUMNS + " FROM appointments WHERE id IN ("
                + "?,".repeat(ids.size() - 1) + "?)", AppointmentRepository::map, ids.toArray());
    }

    private static Object[] insertParams(StoredAppointment stored, long now) {
        Appointment a = stored.appointment();
        Citizen p = a.citizen();
        return new Object[] {a.id(), a.code(), a.locationId(), a.productCode(), WallClock.text(a.start()),
            WallClock.text(a.end()), a.status().name(), a.origin().name(), a.provisional(), stored.holdsSeat(),
            a.version(), now, stored.emailChangedSeq(), stored.emailChangedBy(), stored.phoneChangedSeq(),
            stored.phoneChangedBy(), p.nationalRegisterNumber() == null ? null : p.nationalRegisterNumber().digits(),
            p.givenName(), p.familyName(), p.email(), p.phone()};
    }

    private static Object[] updateParams(StoredAppointment stored, long expectedVersion, long now) {
        Appointment a = stored.appointment();
        Citizen p = a.citizen();
        return new Object[] {a.locationId(), WallClock.text(a.start()), WallClock.text(a.end()), a.status().name(),
            a.provisional(), stored.holdsSeat(), a.version(), now, stored.emailChangedSeq(), stored.emailChangedBy(),
            stored.phoneChangedSeq(), stored.phoneChangedBy(), p.email(), p.phone(), a.id(), expectedVersion};
    }

    /** Writes a new state if nobody changed the row since {@code expectedVersion}; false otherwise. */
    public boolean update(Connection c, StoredAppointment stored, long expectedVersion, long now) throws SQLException {
        Appointment a = stored.appointment();
        Citizen p = a.citizen();
        return Rows.update(c, "UPDATE appointments SET location_id = ?, start_time = ?, end_time = ?, status = ?,"
                        + " provisional = ?, holds_seat = ?, version = ?, updated_at = ?, email_changed_seq = ?,"
                        + " email_changed_by = ?, phone_changed_seq = ?, phone_changed_by = ?, email = ?, phone = ?"
                        + " WHERE id = ? AND version = ?",
                a.locationId(), WallClock.text(a.start()), WallClock.text(a.end()), a.status().name(), a.provisional(),
                stored.holdsSeat(), a.version(), now, stored.emailChangedSeq(), stored.emailChangedBy(),
                stored.phoneChangedSeq(), stored.phoneChangedBy(), p.email(), p.phone(), a.id(), expectedVersion) == 1;
    }

    public Optional<StoredAppointment> find(Connection c, UUID id) throws SQLException {
        return Rows.one(c, "SELECT " + COLUMNS + " FROM appointments WHERE id = ?", AppointmentRepository::map, id);
    }

    public boolean exists(Connection c, UUID id) throws SQLException {
        return Rows.one(c, "SELECT 1 FROM appointments WHERE id = ?", rs -> Boolean.TRUE, id).isPresent();
    }

    /** The appointments of a location whose start lies in [from, to). */
    public List<Appointment> atLocation(Connection c, String locationId, LocalDateTime from, LocalDateTime to)
            throws SQLException {
        return Rows.list(c, "SELECT " + COLUMNS + " FROM appointments WHERE location_id = ? AND start_time >= ?"
                        + " AND start_time < ? ORDER BY start_time, id",
                rs -> map(rs).appointment(), locationId, WallClock.text(from), WallClock.text(to));
    }

    /** Seat-holding bookings of every location in [from, to), without personal data. */
    public List<ExistingBooking> occupancy(Connection c, LocalDate from, LocalDate toInclusive) throws SQLException {
        return Rows.list(c, "SELECT location_id, start_time, end_time FROM appointments WHERE holds_seat = 1"
                        + " AND start_time >= ? AND start_time < ? ORDER BY location_id, start_time",
                rs -> new ExistingBooking(rs.getString(1), WallClock.parse(rs.getString(2)),
                        WallClock.parse(rs.getString(3))),
                WallClock.text(from.atStartOfDay()), WallClock.text(toInclusive.plusDays(1).atStartOfDay()));
    }

    /** Seats held at every location in [from, to), by appointment, without personal data (desk snapshots). */
    public List<OccupiedSeat> seatsHeld(Connection c, LocalDate from, LocalDate toInclusive) throws SQLException {
        return Rows.list(c, "SELECT id, location_id, start_time, end_time FROM appointments WHERE holds_seat = 1"
                        + " AND start_time >= ? AND start_time < ? ORDER BY location_id, start_time",
                rs -> new OccupiedSeat(UUID.fromString(rs.getString(1)), rs.getString(2),
                        WallClock.parse(rs.getString(3)), WallClock.parse(rs.getString(4)), true),
                WallClock.text(from.atStartOfDay()), WallClock.text(toInclusive.plusDays(1).atStartOfDay()));
    }

    /** Seat-holding bookings of one location in [from, to), without personal data. */
    public List<ExistingBooking> occupancyAt(Connection c, String locationId, LocalDate from, LocalDate toInclusive)
            throws SQLException {
        return Rows.list(c, "SELECT location_id, start_time, end_time FROM appointments WHERE holds_seat = 1"
                        + " AND location_id = ? AND start_time >= ? AND start_time < ? ORDER BY start_time",
                rs -> new ExistingBooking(rs.getString(1), WallClock.parse(rs.getString(2)),
                        WallClock.parse(rs.getString(3))),
                locationId, WallClock.text(from.atStartOfDay()), WallClock.text(toInclusive.plusDays(1).atStartOfDay()));
    }

    /** Ids of the appointments of a citizen (for the audit search; the number never leaves the body). */
    public List<String> idsOfCitizen(Connection c, String registerNumberDigits) throws SQLException {
        return Rows.list(c, "SELECT id FROM appointments WHERE register_number = ?", rs -> rs.getString(1),
                registerNumberDigits);
    }

    static StoredAppointment map(ResultSet rs) throws SQLException {
        String register = rs.getString("register_number");
        Citizen citizen = new Citizen(
                register == null ? null : NationalRegisterNumber.parse(register, LocalDate.of(9999, 1, 1)),
                rs.getString("given_name"), rs.getString("family_name"), rs.getString("email"), rs.getString("phone"));
        Appointment a = new Appointment(UUID.fromString(rs.getString("id")), rs.getString("code"),
                rs.getString("location_id"), rs.getString("product_code"), WallClock.parse(rs.getString("start_time")),
                WallClock.parse(rs.getString("end_time")), citizen, AppointmentStatus.valueOf(rs.getString("status")),
                AppointmentOrigin.valueOf(rs.getString("origin")), rs.getInt("provisional") == 1,
                rs.getLong("version"));
        return new StoredAppointment(a, rs.getInt("holds_seat") == 1, rs.getLong("email_changed_seq"),
                rs.getString("email_changed_by"), rs.getLong("phone_changed_seq"), rs.getString("phone_changed_by"));
    }
}
