package be.antwerpen.lom.server.command;

import be.antwerpen.lom.model.api.BookingRequest;
import be.antwerpen.lom.model.api.CancelRequest;
import be.antwerpen.lom.model.api.RescheduleRequest;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.TimeOrderedUuid;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.CommandPayload;
import be.antwerpen.lom.model.validation.Require;
import be.antwerpen.lom.server.appointment.AppointmentCodes;
import be.antwerpen.lom.server.appointment.AppointmentRepository;
import be.antwerpen.lom.server.appointment.StoredAppointment;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.error.ApiProblem;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** Booking, rescheduling and cancelling through the web API: the same rules as sync, but a full slot is a 409. */
public final class WebAppointments {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final int MAX_DAYS_AHEAD = 366;

    private final Database db;
    private final CommandApplier applier;
    private final AppointmentRepository appointments;
    private final AppointmentCodes codes;
    private final TimeOrderedUuid ids;
    private final Clock clock;

    public WebAppointments(Database db, CommandApplier applier, AppointmentRepository appointments,
                           AppointmentCodes codes, TimeOrderedUuid ids, Clock clock) {
        this.db = db;
        this.applier = applier;
        this.appointments = appointments;
        this.codes = codes;
        this.ids = ids;
        this.clock = clock;
    }

    public Appointment book(StaffMember staff, BookingRequest request) {
        Require.present(request, "body");
        Require.text(request.locationId(), "locationId", 40);
        Require.text(request.productCode(), "productCode", 40);
        Require.present(request.citizen(), "citizen");
        checkStart(request.start());
        Commands.Book book = new Commands.Book(ids.next(), codes.next(), request.locationId(), request.productCode(),
                request.start(), request.citizen(), AppointmentOrigin.COUNTER);
        return run(staff, book);
    }

    public Appointment reschedule(StaffMember staff, UUID id, RescheduleRequest request) {
        Require.present(request, "body");
        checkStart(request.start());
        Appointment current = find(staff, id);
        return run(staff, new Commands.Reschedule(current.id(), request.locationId(), request.start()));
    }

    public Appointment cancel(StaffMember staff, UUID id, CancelRequest request) {
        Appointment current = find(staff, id);
        String reason = request == null ? null : request.reason();
        if (reason != null && reason.length() > 500) {
            throw ApiProblem.invalid("reason", "reason is longer than 500 characters");
        }
        return run(staff, new Commands.Cancel(current.id(), reason, null));
    }

    public Appointment find(StaffMember staff, UUID id) {
        Appointment a = db.inSnapshot(c -> appointments.find(c, id)).map(StoredAppointment::appointment)
                .orElseThrow(() -> ApiProblem.notFound("the appointment"));
        mayWorkAt(staff, a.locationId());
        return a;
    }

    private Appointment run(StaffMember staff, CommandPayload payload) {
        return db.inTransaction(c -> {
            CommandScope scope = new CommandScope(c, Actor.web(staff), ids.next(), clock.instant());
            Appointment result = applier.apply(scope, payload).appointment();
            applier.finish(c, List.of(scope), scope.now().toEpochMilli());
            return result;
        });
    }

    private void checkStart(LocalDateTime start) {
        Require.present(start, "start");
        LocalDateTime now = LocalDateTime.now(clock.withZone(BRUSSELS));
        if (start.isBefore(now)) {
            throw ApiProblem.invalid("start", "the start lies in the past");
        }
        if (start.isAfter(now.plusDays(MAX_DAYS_AHEAD))) {
            throw ApiProblem.invalid("start", "appointments can be booked at most " + MAX_DAYS_AHEAD + " days ahead");
        }
    }

    private static void mayWorkAt(StaffMember staff, String locationId) {
        if (!staff.mayWorkAt(locationId)) {
            throw ApiProblem.forbidden("you do not work at this location");
        }
    }
}
