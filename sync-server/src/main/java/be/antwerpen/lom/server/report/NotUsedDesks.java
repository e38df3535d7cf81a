package be.antwerpen.lom.server.report;

import be.antwerpen.lom.model.api.AuditEntry;
import be.antwerpen.lom.model.appointment.TimeOrderedUuid;
import be.antwerpen.lom.model.report.ReconciliationReport.NotUsedConfirmation;
import be.antwerpen.lom.model.slot.SlotEngine;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.server.audit.AuditRepository;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.device.DeviceRepository;
import be.antwerpen.lom.server.refusal.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A supervisor confirms that a desk not heard of was not used on a day after its last contact (ADR 0154): a spare
 * desk switched off, a desk closed before closing time. The day can then add up without it. The confirmation holds
 * only while the desk's last contact is still the one it was given for, and is given only once the location has
 * closed that day.
 */
public final class NotUsedDesks {

    private final Database db;
    private final ReconciliationRepository sources = new ReconciliationRepository();
    private final DeviceRepository devices;
    private final AuditRepository audit;
    private final TimeOrderedUuid ids;
    private final Clock clock;

    public NotUsedDesks(Database db, DeviceRepository devices, AuditRepository audit, TimeOrderedUuid ids,
                        Clock clock) {
        this.db = db;
        this.devices = devices;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Confirms, by {@code supervisor} (the caller checked their right at the location), that the desk
     * {@code deviceId} of {@code locationId} was not used on {@code day} after its last contact.
     *
     * @param heardSince the moment a desk must have been heard of since for {@code day} (the report's default)
     * @param closing    when the location closes that day: before it, no one can know a desk will not be used
     * @return the confirmation
     */
    public NotUsedConfirmation confirm(StaffMember supervisor, String locationId, String deviceId, LocalDate day,
                                       Instant heardSince, Instant closing) {
        if (day == null) {
            throw Refusal.invalid("date", "date is the day, YYYY-MM-DD");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (day.isAfter(LocalDate.ofInstant(now, SlotEngine.BRUSSELS))) {
            throw Refusal.invalid("date", "a day that has not begun cannot be confirmed");
        }
        if (now.isBefore(closing)) {
            // during an outage every desk falls silent: confirming them while the day runs would make the day add up
            // with their offline work still to come
            throw Refusal.conflict("day_still_open", "a desk is confirmed as not used once the location has closed"
                    + " that day");
        }
        return db.inTransaction(c -> {
            // a revoked desk too: revoking it says nothing of the work it did before (ADR 0160)
            devices.find(c, deviceId).filter(d -> d.locationId().equals(locationId))
                    .orElseThrow(() -> Refusal.notFound("the desk"));
            Instant contact = sources.deskSequences(c, locationId).stream()
                    .filter(s -> s.deviceId().equals(deviceId)).findFirst()
                    .map(ReconciliationRepository.DeskSequence::lastContact)
                    .orElseThrow(() -> Refusal.notFound("the desk"));
            if (!contact.isBefore(heardSince)) {
                throw Refusal.conflict("desk_heard", "this desk was heard of since " + heardSince
                        + "; there is nothing to confirm");
            }
            NotUsedConfirmation confirmation = new NotUsedConfirmation(day, contact, supervisor.username(),
                    supervisor.displayName(), now);
            if (!sources.confirmNotUsed(c, deviceId, confirmation)) {
                throw Refusal.conflict("desk_already_confirmed", "this desk was already confirmed as not used on"
                        + " this day after this contact");
            }
            audit.append(c, new AuditEntry(ids.next().toString(), now, supervisor.username(), null,
                    "ConfirmDeskNotUsed", "DEVICE", deviceId, locationId, "day=" + day + " lastContact=" + contact));
            return confirmation;
        });
    }
}
