package be.antwerpen.lom.server.report;

import be.antwerpen.lom.model.report.ReconciliationReport;
import be.antwerpen.lom.server.db.Rows;
import be.antwerpen.lom.server.db.WallClock;
import be.antwerpen.lom.server.serial.PaperSerial;
import be.antwerpen.lom.server.serial.SerialLease;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The stored facts the offline-period and paper-form sections of the report are derived from (ADR 0093). */
final class ReconciliationRepository {

    /**
     * What a desk of the location last reported of its sequence (ADR 0095), what the server received, and its last
     * contact (ADR 0147): the latest of its last push, its last sequence report, its last status report and its
     * enrollment.
     */
    record DeskSequence(String deviceId, Long reported, Instant reportedAt, long received, Instant lastContact) {
    }

    /** One not cancelled record of the day of a citizen who has a record at the location that day (ADR 0096). */
    record CitizenRecord(String registerNumber, String appointmentId, String code, String locationId,
                         LocalDateTime start, String productCode, String status, String origin) {
    }

    /** One re-keyed walk-in serial of a prefix: its number and the day written on its form. */
    /**
     * A re-keyed walk-in form's number, the day written on it, its product and the pile it was taken from (both
     * ends null when the desk did not name it, ADR 0159).
     */
    record RekeyedNumber(long number, LocalDate day, String productCode, Long pileFirst, Long pileLast) {
    }

    /**
     * The commands of the location's desks whose device time lies in {@code [from, to)}, per desk in
     * sequence order. Commands stored without a device time (before ADR 0093) are left out.
     */
    List<CommandTiming> timings(Connection c, String locationId, Instant from, Instant to) throws SQLException {
        return Rows.list(c, "SELECT r.device_id, r.sequence, r.device_time, r.applied_at FROM command_receipts r"
                        + " JOIN devices d ON d.id = r.device_id"
                        + " WHERE d.location_id = ? AND r.device_time >= ? AND r.device_time < ?"
                        + " ORDER BY r.device_id, r.sequence",
                rs -> new CommandTiming(rs.getString(1), rs.getLong(2), Instant.ofEpochMilli(rs.getLong(3)),
                        Instant.ofEpochMilli(rs.getLong(4))),
                locationId, from.toEpochMilli(), to.toEpochMilli());
    }

    /** The reported and received sequences of the location's desks, with their last contact. */
    List<DeskSequence> deskSequences(Connection c, String locationId) throws SQLException {
        return Rows.list(c, "SELECT d.id, d.reported_sequence, d.reported_at, d.last_sequence, d.last_seen_at,"
                        + " d.enrolled_at, s.reported_at FROM devices d LEFT JOIN desk_status s ON s.device_id = d.id"
                        + " WHERE d.location_id = ?",
                rs -> {
                    Long reported = Rows.nullableLong(rs, 2);
                    Long at = Rows.nullableLong(rs, 3);
                    long contact = rs.getLong(6);
                    for (int column : new int[] {3, 5, 7}) {
                        Long heard = Rows.nullableLong(rs, column);
                        contact = heard == null ? contact : Math.max(contact, heard);
                    }
                    return new DeskSequence(rs.getString(1), reported, at == null ? null : Instant.ofEpochMilli(at),
                            rs.getLong(4), Instant.ofEpochMilli(contact));
                }, locationId);
    }

    /** A refused command's receipt, its desk and its settlement, if any ({@link #refusedCommand}). */
    private static final String REFUSED_COMMANDS = "SELECT r.command_id, r.device_id, d.desk_name, r.sequence,"
            + " COALESCE(r.device_time, r.applied_at), r.reason, s.outcome, s.settled_by, s.settled_at,"
            + " u.display_name FROM command_receipts r JOIN devices d ON d.id = r.device_id"
            + " LEFT JOIN refusal_settlements s ON s.command_id = r.command_id"
            + " LEFT JOIN staff_users u ON u.username = s.settled_by";

    /**
     * The commands of the location's desks the server refused ({@code REJECTED} receipts) that concern {@code day}
     * ({@code [from, to)} in time): a refused paper fact by the day on the paper, any other command by the desk's
     * time when it was made, by its arrival when that time is unknown (ADR 0147). Each with its settlement when a
     * supervisor settled it (ADR 0152); by desk and sequence.
     */
    List<ReconciliationReport.RefusedCommand> refusals(Connection c, String locationId, LocalDate day, Instant from,
                                                       Instant to) throws SQLException {
        return Rows.list(c, REFUSED_COMMANDS + " WHERE d.location_id = ? AND r.outcome = 'REJECTED'"
                        + " AND (r.paper_day = ? OR (r.paper_day IS NULL AND r.device_time >= ? AND r.device_time < ?)"
                        + " OR (r.paper_day IS NULL AND r.device_time IS NULL AND r.applied_at >= ? AND r.applied_at < ?))"
                        + " ORDER BY d.desk_name, r.device_id, r.sequence",
                ReconciliationRepository::refusedCommand, locationId, day.toString(), from.toEpochMilli(),
                to.toEpochMilli(), from.toEpochMilli(), to.toEpochMilli());
    }

    /** A refused command of a desk of the location, settled or not; empty when there is none by that id there. */
    Optional<ReconciliationReport.RefusedCommand> refusal(Connection c, String locationId, String commandId)
            throws SQLException {
        return Rows.one(c, REFUSED_COMMANDS + " WHERE r.command_id = ? AND d.location_id = ?"
                        + " AND r.outcome = 'REJECTED'", ReconciliationRepository::refusedCommand, commandId, locationId);
    }

    /**
     * The location's desks a supervisor confirmed as not used on {@code day} after a last contact, by device
     * (ADR 0154). Whether a confirmation still holds (the desk's contact is still that one) is the caller's.
     */
    Map<String, ReconciliationReport.NotUsedConfirmation> notUsed(Connection c, String locationId, LocalDate day)
            throws SQLException {
        Map<String, ReconciliationReport.NotUsedConfirmation> out = new HashMap<>();
        Rows.list(c, "SELECT n.device_id, n.last_contact, n.confirmed_by, n.confirmed_at, u.display_name"
                        + " FROM desks_confirmed_not_used n JOIN devices d ON d.id = n.device_id"
                        + " LEFT JOIN staff_users u ON u.username = n.confirmed_by"
                        + " WHERE d.location_id = ? AND n.day = ?",
                rs -> out.put(rs.getString(1), new ReconciliationReport.NotUsedConfirmation(day,
                        Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3),
                        rs.getString(5) == null ? rs.getString(3) : rs.getString(5),
                        Instant.ofEpochMilli(rs.getLong(4)))),
                locationId, day.toString());
        return out;
    }

    /**
     * Records a confirmation, replacing one of the same desk and day about an earlier contact; false when the desk
     * and day are confirmed for this contact (or a later one) already.
     */
    boolean confirmNotUsed(Connection c, String deviceId, ReconciliationReport.NotUsedConfirmation confirmation)
            throws SQLException {
        return Rows.update(c, "INSERT INTO desks_confirmed_not_used (device_id, day, last_contact, confirmed_by,"
                        + " confirmed_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (device_id, day) DO UPDATE SET"
                        + " last_contact = excluded.last_contact, confirmed_by = excluded.confirmed_by,"
                        + " confirmed_at = excluded.confirmed_at"
                        + " WHERE desks_confirmed_not_used.last_contact < excluded.last_contact",
                deviceId, confirmation.day().toString(), confirmation.lastContact().toEpochMilli(),
                confirmation.confirmedBy(), confirmation.confirmedAt().toEpochMilli()) == 1;
    }

    /** Records a settlement; false when the command was settled already (the first settlement stands). */
    boolean settle(Connection c, String commandId, ReconciliationReport.RefusalSettlement settlement)
            throws SQLException {
        return Rows.update(c, "INSERT INTO refusal_settlements (command_id, outcome, settled_by, settled_at)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT (command_id) DO NOTHING", commandId,
                settlement.outcome().name(), settlement.settledBy(), settlement.settledAt().toEpochMilli()) == 1;
    }

    // what the returning desk still held (reported_after) may arrive yet: it counts as received, not as lost
    private static final String DESK_REWINDS = "SELECT w.id, w.device_id, d.desk_name, w.reported_before,"
            + " CASE WHEN w.reported_after > w.received THEN w.reported_after ELSE w.received END,"
            + " w.reported_at, w.detected_at, w.outcome, w.settled_by, w.settled_at, u.display_name"
            + " FROM desk_rewinds w JOIN devices d ON d.id = w.device_id"
            + " LEFT JOIN staff_users u ON u.username = w.settled_by";
    private static final String STOPPED_COPIES = "SELECT i.instance_id, i.device_id, d.desk_name, 0, 0,"
            + " i.stopped_at, i.stopped_at, i.outcome, i.settled_by, i.settled_at, u.display_name"
            + " FROM desk_instances i JOIN devices d ON d.id = i.device_id"
            + " LEFT JOIN staff_users u ON u.username = i.settled_by";

    /**
     * The location's desk work the server cannot account for (ADR 0162): desks that came back from an earlier state
     * without commands they had reported, counted on the day they last reported them, and stopped copies of a desk,
     * counted on the day they were stopped; in {@code [from, to)}.
     */
    List<ReconciliationReport.DeskRewind> rewinds(Connection c, String locationId, Instant from, Instant to)
            throws SQLException {
        List<ReconciliationReport.DeskRewind> out = new ArrayList<>(Rows.list(c, DESK_REWINDS
                + " WHERE w.location_id = ? AND w.reported_at >= ? AND w.reported_at < ? ORDER BY d.desk_name,"
                + " w.reported_at", rs -> deskRewind(rs, ReconciliationReport.DeskRewind.CAME_BACK), locationId,
                from.toEpochMilli(), to.toEpochMilli()));
        out.addAll(Rows.list(c, STOPPED_COPIES + " WHERE d.location_id = ? AND i.stopped_at >= ? AND i.stopped_at < ?"
                + " ORDER BY d.desk_name, i.stopped_at", rs -> deskRewind(rs, ReconciliationReport.DeskRewind.COPY_STOPPED),
                locationId, from.toEpochMilli(), to.toEpochMilli()));
        return out;
    }

    /** A desk's rewind or stopped copy at the location, settled or not; empty when there is none by that id there. */
    Optional<ReconciliationReport.DeskRewind> rewind(Connection c, String locationId, String id) throws SQLException {
        Optional<ReconciliationReport.DeskRewind> cameBack = Rows.one(c, DESK_REWINDS
                + " WHERE w.id = ? AND w.location_id = ?", rs -> deskRewind(rs,
                ReconciliationReport.DeskRewind.CAME_BACK), id, locationId);
        if (cameBack.isPresent()) {
            return cameBack;
        }
        return Rows.one(c, STOPPED_COPIES + " WHERE i.instance_id = ? AND d.location_id = ? AND i.stopped_at IS NOT NULL",
                rs -> deskRewind(rs, ReconciliationReport.DeskRewind.COPY_STOPPED), id, locationId);
    }

    /** Records how it was accounted for; false when it was settled already (the first settlement stands). */
    boolean settleRewind(Connection c, ReconciliationReport.DeskRewind rewind,
                         ReconciliationReport.RefusalSettlement settlement) throws SQLException {
        String table = ReconciliationReport.DeskRewind.COPY_STOPPED.equals(rewind.kind())
                ? "desk_instances SET outcome = ?, settled_by = ?, settled_at = ? WHERE instance_id = ? AND device_id = ?"
                : "desk_rewinds SET outcome = ?, settled_by = ?, settled_at = ? WHERE id = ? AND device_id = ?";
        return Rows.update(c, "UPDATE " + table + " AND outcome IS NULL", settlement.outcome().name(),
                settlement.settledBy(), settlement.settledAt().toEpochMilli(), rewind.id(), rewind.deviceId()) == 1;
    }

    private static ReconciliationReport.DeskRewind deskRewind(ResultSet rs, String kind) throws SQLException {
        String outcome = rs.getString(8);
        ReconciliationReport.RefusalSettlement settlement = outcome == null ? null
                : new ReconciliationReport.RefusalSettlement(ReconciliationReport.RefusalOutcome.valueOf(outcome),
                        rs.getString(9), rs.getString(11) == null ? rs.getString(9) : rs.getString(11),
                        Instant.ofEpochMilli(rs.getLong(10)));
        return new ReconciliationReport.DeskRewind(rs.getString(1), kind, rs.getString(2), rs.getString(3),
                rs.getLong(4), rs.getLong(5), Instant.ofEpochMilli(rs.getLong(6)), Instant.ofEpochMilli(rs.getLong(7)),
                settlement);
    }

    private static ReconciliationReport.RefusedCommand refusedCommand(ResultSet rs) throws SQLException {
        String outcome = rs.getString(7);
        ReconciliationReport.RefusalSettlement settlement = outcome == null ? null
                : new ReconciliationReport.RefusalSettlement(ReconciliationReport.RefusalOutcome.valueOf(outcome),
                        rs.getString(8), rs.getString(10) == null ? rs.getString(8) : rs.getString(10),
                        Instant.ofEpochMilli(rs.getLong(9)));
        return new ReconciliationReport.RefusedCommand(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getLong(4), Instant.ofEpochMilli(rs.getLong(5)), rs.getString(6), settlement);
    }

    /**
     * Every not cancelled record of {@code [from, to)}, at any location, of the citizens (by register number)
     * who have a not cancelled record at the location in that time; ordered by register number and start.
     * The number is matched in the database and never leaves this package unmasked.
     */
    List<CitizenRecord> recordsOfCitizensAt(Connection c, String locationId, LocalDateTime from, LocalDateTime to)
            throws SQLException {
        String day = " start_time >= ? AND start_time < ? AND status <> 'CANCELLED' AND register_number IS NOT NULL"
                + " AND register_number <> ''";
        return Rows.list(c, "SELECT register_number, id, code, location_id, start_time, product_code, status, origin"
                        + " FROM appointments WHERE" + day + " AND register_number IN (SELECT register_number"
                        + " FROM appointments WHERE location_id = ? AND" + day + ")"
                        + " ORDER BY register_number, start_time, id",
                rs -> new CitizenRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        WallClock.parse(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8)),
                WallClock.text(from), WallClock.text(to), locationId, WallClock.text(from), WallClock.text(to));
    }

    /** The device whose command created each of the appointments, where a desk created it (not the web). */
    Map<String, String> creatingDevices(Connection c, List<String> appointmentIds) throws SQLException {
        Map<String, String> out = new HashMap<>();
        if (appointmentIds.isEmpty()) {
            return out;
        }
        String marks = String.join(",", Collections.nCopies(appointmentIds.size(), "?"));
        Rows.list(c, "SELECT entity_id, device_id FROM audit_log WHERE entity_id IN (" + marks + ")"
                        + " AND action IN ('Book', 'RegisterWalkIn') AND device_id IS NOT NULL ORDER BY at",
                rs -> out.putIfAbsent(rs.getString(1), rs.getString(2)), appointmentIds.toArray());
        return out;
    }

    /** The serial ranges leased to the location's desks before {@code before}, oldest first. */
    List<SerialLease> leases(Connection c, String locationId, Instant before) throws SQLException {
        return Rows.list(c, "SELECT id, device_id, location_id, prefix, first_number, last_number, leased_at"
                        + " FROM serial_leases WHERE location_id = ? AND leased_at < ?"
                        + " ORDER BY leased_at, prefix, first_number",
                rs -> new SerialLease(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getLong(6), Instant.ofEpochMilli(rs.getLong(7))),
                locationId, before.toEpochMilli());
    }

    /** The walk-in serials of {@code prefix} re-keyed with a number in {@code [first, last]}, in number order. */
    List<RekeyedNumber> rekeyed(Connection c, String prefix, long first, long last) throws SQLException {
        return Rows.list(c, "SELECT r.paper_number, r.paper_day, a.product_code, r.paper_pile_first,"
                        + " r.paper_pile_last FROM command_receipts r LEFT JOIN appointments a"
                        + " ON a.id = r.paper_appointment_id WHERE r.paper_prefix = ?"
                        + " AND r.paper_number >= ? AND r.paper_number <= ? ORDER BY r.paper_number",
                rs -> new RekeyedNumber(rs.getLong(1), LocalDate.parse(rs.getString(2)), rs.getString(3),
                        longOrNull(rs, 4), longOrNull(rs, 5)),
                prefix, first, last);
    }

    /** The walk-in serials of {@code day} re-keyed at the location's desks (those that read as PREFIX-NNNNNN). */
    List<PaperSerial> serialsOfDay(Connection c, String locationId, LocalDate day)
            throws SQLException {
        return Rows.list(c, "SELECT r.paper_prefix, r.paper_number FROM command_receipts r"
                        + " JOIN devices d ON d.id = r.device_id"
                        + " WHERE r.paper_day = ? AND d.location_id = ? AND r.paper_number IS NOT NULL",
                rs -> new PaperSerial(rs.getString(1), rs.getLong(2)),
                day.toString(), locationId);
    }

    /**
     * Paper forms of {@code day} re-keyed at the location's desks: walk-in forms and appointment forms,
     * each form counted once however many of its commands were re-keyed.
     */
    int formsOfDay(Connection c, String locationId, LocalDate day) throws SQLException {
        return Rows.one(c, "SELECT COUNT(DISTINCT r.paper_appointment_id) FROM command_receipts r"
                        + " JOIN devices d ON d.id = r.device_id WHERE r.paper_day = ? AND d.location_id = ?",
                rs -> rs.getInt(1), day.toString(), locationId).orElse(0);
    }

    private static Long longOrNull(java.sql.ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
