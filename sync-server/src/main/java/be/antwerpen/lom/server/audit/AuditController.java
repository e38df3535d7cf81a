package be.antwerpen.lom.server.audit;

import be.antwerpen.lom.model.api.AuditSearchRequest;
import be.antwerpen.lom.model.citizen.NationalRegisterNumber;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.server.appointment.AppointmentRepository;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.error.ApiProblem;
import be.antwerpen.lom.server.http.JsonBodies;
import be.antwerpen.lom.server.http.RequestAuth;
import io.javalin.http.Context;
import java.util.List;

/** POST /audit/search: supervisors of a location, or administrators, read the audit trail. */
public final class AuditController {

    private final Database db;
    private final AuditRepository audit;
    private final AppointmentRepository appointments;
    private final RequestAuth auth;
    private final JsonBodies bodies;

    public AuditController(Database db, AuditRepository audit, AppointmentRepository appointments, RequestAuth auth,
                           JsonBodies bodies) {
        this.db = db;
        this.audit = audit;
        this.appointments = appointments;
        this.auth = auth;
        this.bodies = bodies;
    }

    public void search(Context ctx) throws Exception {
        StaffMember staff = auth.staff(ctx);
        AuditSearchRequest q = bodies.read(ctx, AuditSearchRequest.class);
        if (staff.role() != StaffRole.ADMIN) {
            if (q.locationId() == null) {
                throw ApiProblem.invalid("locationId", "name the location whose audit trail you want to read");
            }
            RequestAuth.requireAt(staff, StaffRole.SUPERVISOR, q.locationId());
        }
        int limit = q.limit() == null ? 100 : q.limit();
        if (limit < 1 || limit > 1000) {
            throw ApiProblem.invalid("limit", "limit must be between 1 and 1000");
        }
        String citizen = q.nationalRegisterNumber() == null ? null
                : NationalRegisterNumber.parse(q.nationalRegisterNumber()).digits();
        ctx.json(db.inSnapshot(c -> {
            List<String> entities = null;
            if (citizen != null) {
                entities = appointments.idsOfCitizen(c, citizen);
            }
            if (q.entityId() != null) {
                entities = entities == null ? List.of(q.entityId())
                        : entities.stream().filter(q.entityId()::equals).toList();
            }
            return audit.search(c, q.locationId(), q.actor(), q.deviceId(), entities, q.from(), q.to(), limit);
        }));
    }
}
