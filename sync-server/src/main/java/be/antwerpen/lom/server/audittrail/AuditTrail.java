package be.antwerpen.lom.server.audittrail;

import be.antwerpen.lom.model.api.AuditEntry;
import be.antwerpen.lom.model.api.AuditSearchRequest;
import be.antwerpen.lom.model.citizen.NationalRegisterNumber;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.server.appointment.AppointmentRepository;
import be.antwerpen.lom.server.audit.AuditRepository;
import be.antwerpen.lom.server.auth.RequestAuth;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.device.Device;
import be.antwerpen.lom.server.device.DeviceRepository;
import be.antwerpen.lom.server.refusal.Refusal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Searching the audit trail: supervisors of a location, or administrators. The desk criterion
 * ({@code deviceId}) takes a device id or the desk's name; a register number finds the citizen's
 * appointments.
 */
public final class AuditTrail {

    private final Database db;
    private final AuditRepository audit;
    private final AppointmentRepository appointments;
    private final DeviceRepository devices;

    public AuditTrail(Database db, AuditRepository audit, AppointmentRepository appointments,
                      DeviceRepository devices) {
        this.db = db;
        this.audit = audit;
        this.appointments = appointments;
        this.devices = devices;
    }

    public List<AuditEntry> search(StaffMember staff, AuditSearchRequest q) {
        if (staff.role() != StaffRole.ADMIN) {
            if (q.locationId() == null) {
                throw Refusal.invalid("locationId", "name the location whose audit trail you want to read");
            }
            RequestAuth.requireAt(staff, StaffRole.SUPERVISOR, q.locationId());
        }
        int limit = q.limit() == null ? 100 : q.limit();
        if (limit < 1 || limit > 1000) {
            throw Refusal.invalid("limit", "limit must be between 1 and 1000");
        }
        String citizen = q.nationalRegisterNumber() == null ? null
                : NationalRegisterNumber.parse(q.nationalRegisterNumber()).digits();
        return db.inSnapshot(c -> {
            List<String> entities = null;
            if (citizen != null) {
                entities = appointments.idsOfCitizen(c, citizen);
            }
            if (q.entityId() != null) {
                entities = entities == null ? List.of(q.entityId())
                        : entities.stream().filter(q.entityId()::equals).toList();
            }
            List<String> desks = q.deviceId() == null || q.deviceId().isBlank() ? null
                    : desks(c, q.locationId(), q.deviceId().strip());
            return audit.search(c, q.locationId(), q.actor(), desks, entities, q.from(), q.to(), limit);
        });
    }

    /**
     * The desks a supervisor means: a device id, or a desk name as staff know it ("Loket 2") at the
     * location, which after a re-enrollment can stand for several devices.
     */
    private List<String> desks(Connection c, String locationId, String idOrName) throws SQLException {
        return devices.all(c).stream()
                .filter(d -> d.id().equals(idOrName) || (d.deskName().equalsIgnoreCase(idOrName)
                        && (locationId == null || d.locationId().equals(locationId))))
                .map(Device::id)
                .toList();
    }
}
