package be.antwerpen.lom.server.sync;

import be.antwerpen.lom.model.api.AuditEntry;
import be.antwerpen.lom.model.appointment.TimeOrderedUuid;
import be.antwerpen.lom.server.audit.AuditRepository;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.db.Rows;
import be.antwerpen.lom.server.device.Device;
import be.antwerpen.lom.server.device.DeviceRepository;
import be.antwerpen.lom.server.refusal.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One desk identity, one running desk (ADR 0043). Every desk process sends a random instance id made
 * at its start with each sync call. The newest instance of a device is the live one; an instance that
 * calls after a newer one appeared runs next to it (a data folder copied to a second computer, or a VM
 * brought back to an earlier state) and is refused as a conflict {@code desk_active_elsewhere}, audited.
 * Its desk stops syncing and keeps its waiting work until it is enrolled again as a desk of its own.
 */
public final class DeskInstances {

    /** The sync call header carrying the desk process's instance id. */
    public static final String HEADER = "X-Desk-Instance";
    /** The audit action of a stopped instance. */
    static final String AUDIT_ACTION = "DeskActiveElsewhere";

    private final Database db;
    private final DeviceRepository devices;
    private final AuditRepository audit;
    private final TimeOrderedUuid ids;
    private final Clock clock;

    public DeskInstances(Database db, DeviceRepository devices, AuditRepository audit, TimeOrderedUuid ids,
                         Clock clock) {
        this.db = db;
        this.devices = devices;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Lets a sync call (push, pull, snapshot) of {@code instance} through, or refuses it when a newer
     * instance of the device has called since. A call without an instance id (older desks, tools) is let
     * through unchecked. The live instance's calls only read; the first call of a new instance, and a
     * refusal, write under the device's row lock.
     */
    public void admit(String deviceId, String instance) {
        admit(deviceId, instance, clock.instant());
    }

    /**
     * As {@link #admit(String, String)}, for a request that arrived at {@code arrived}. A superseded instance's
     * request that arrived before the newer instance first called (a request of a process that was restarted, held
     * up in the server) is refused as well, but is no stopped copy: the same store is running on (ADR 0162).
     */
    public void admit(String deviceId, String instance, Instant arrived) {
        if (instance == null || instance.isBlank()) {
            return;
        }
        String id = parse(instance);
        boolean live = db.inSnapshot(c -> Rows.one(c, "SELECT instance_id FROM desk_instances WHERE device_id = ?"
                + " AND instance_id = ? AND superseded_at IS NULL", rs -> rs.getString(1), deviceId, id)).isPresent();
        if (live) {
            return;
        }
        boolean stopped = db.inTransaction(c -> {
            Instant now = clock.instant();
            Device device = devices.lockForPush(c, deviceId, now.toEpochMilli())
                    .orElseThrow(Refusal::unknownDevice);
            Optional<Long> known = Rows.one(c, "SELECT COALESCE(superseded_at, 0) FROM desk_instances"
                    + " WHERE device_id = ? AND instance_id = ?", rs -> rs.getLong(1), deviceId, id);
            if (known.isPresent()) {
                if (known.get() == 0) {
                    return false;
                }
                // what the stopped copy does from now on reaches the server only once it is enrolled again: the
                // day-end report names it until a supervisor settles it (ADR 0162)
                long liveSince = Rows.one(c, "SELECT first_seen_at FROM desk_instances WHERE device_id = ?"
                        + " AND superseded_at IS NULL", rs -> rs.getLong(1), deviceId).orElse(Long.MAX_VALUE);
                if (arrived.toEpochMilli() > liveSince) {
                    Rows.update(c, "UPDATE desk_instances SET stopped_at = ? WHERE device_id = ? AND instance_id = ?"
                            + " AND stopped_at IS NULL", now.toEpochMilli(), deviceId, id);
                }
                audit.append(c, new AuditEntry(ids.next().toString(), now, "device:" + device.deskName(), deviceId,
                        AUDIT_ACTION, "DEVICE", deviceId, device.locationId(), "REFUSED: instance " + id
                        + " synced after a newer instance of this desk; stopped until it is enrolled again"));
                return true;
            }
            Rows.update(c, "UPDATE desk_instances SET superseded_at = ? WHERE device_id = ? AND superseded_at IS NULL",
                    now.toEpochMilli(), deviceId);
            Rows.update(c, "INSERT INTO desk_instances (device_id, instance_id, first_seen_at) VALUES (?, ?, ?)",
                    deviceId, id, now.toEpochMilli());
            return false;
        });
        if (stopped) {
            throw Refusal.conflict("desk_active_elsewhere", "this desk's identity is in use on another"
                    + " computer (a copied data folder?); this one stops syncing and keeps its work: enroll it"
                    + " again as a desk of its own");
        }
    }

    private static String parse(String instance) {
        String id = idOf(instance);
        if (id == null) {
            throw Refusal.invalid(HEADER, HEADER + " must be a UUID");
        }
        return id;
    }

    /** The instance id a header names, in one spelling; null when it names none (absent, blank, not a UUID). */
    static String idOf(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(header.strip()).toString();
        } catch (IllegalArgumentException notAnInstance) {
            return null;
        }
    }
}
