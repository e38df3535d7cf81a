package be.antwerpen.lom.server.sync;

import be.antwerpen.lom.model.appointment.BookingWindow;
import be.antwerpen.lom.server.changelog.ChangeLogRepository;
import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.model.sync.SnapshotResponse;
import be.antwerpen.lom.server.appointment.AppointmentRepository;
import be.antwerpen.lom.server.conflict.ConflictRepository;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.device.Device;
import be.antwerpen.lom.server.device.DeviceRepository;
import be.antwerpen.lom.server.refusal.Refusal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A desk's fresh start: reference data, its location's agenda and all occupancy, at one cursor. The agenda reaches
 * back as far as paper forms are accepted ({@link BookingWindow#MAX_OFFLINE}): a desk started again from a snapshot
 * after a long outage (reset, restore, new enrolment) must still find the appointments its packs' intake forms
 * name, to key them. Occupancy starts yesterday: past seats are booked by no one.
 */
public final class SnapshotService {

    public static final int DAYS_BACK = (int) BookingWindow.MAX_OFFLINE.toDays();
    public static final int DAYS_AHEAD = 56;
    private static final int OCCUPANCY_DAYS_BACK = 1;
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final Database db;
    private final ChangeLogRepository changeLog;
    private final AppointmentRepository appointments;
    private final DeviceRepository devices;
    private final ConflictRepository conflicts;
    private final ReferenceData reference;
    private final Clock clock;

    public SnapshotService(Database db, ChangeLogRepository changeLog, AppointmentRepository appointments,
                           DeviceRepository devices, ConflictRepository conflicts, ReferenceData reference,
                           Clock clock) {
        this.db = db;
        this.changeLog = changeLog;
        this.appointments = appointments;
        this.devices = devices;
        this.conflicts = conflicts;
        this.reference = reference;
        this.clock = clock;
    }

    public SnapshotResponse snapshot(String deviceId) {
        LocalDate today = LocalDate.now(clock.withZone(BRUSSELS));
        LocalDate from = today.minusDays(DAYS_BACK);
        LocalDate to = today.plusDays(DAYS_AHEAD);
        SnapshotResponse response = db.inSnapshot(c -> {
            Device device = devices.find(c, deviceId)
                    .orElseThrow(Refusal::unknownDevice);
            long cursor = changeLog.head(c);
            return new SnapshotResponse(cursor, reference, from, to,
                    appointments.atLocation(c, device.locationId(), from.atStartOfDay(), to.plusDays(1).atStartOfDay()),
                    appointments.seatsHeld(c, today.minusDays(OCCUPANCY_DAYS_BACK), to), device.lastSequence(),
                    clock.instant(),
                    openConflictIds(c, device));
        });
        db.inTransaction(c -> {
            devices.recordPull(c, deviceId, response.cursor());
            return null;
        });
        return response;
    }

    /** The location's open conflicts and those the device opened at other locations (an any-place booking). */
    private List<UUID> openConflictIds(Connection c, Device device) throws SQLException {
        List<UUID> ids = new ArrayList<>(conflicts.openIdsAtLocation(c, device.locationId()));
        ids.addAll(conflicts.openOfDeviceElsewhere(c, device.id(), device.locationId()));
        return ids;
    }
}
