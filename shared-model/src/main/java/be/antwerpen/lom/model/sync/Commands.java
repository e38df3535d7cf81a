package be.antwerpen.lom.model.sync;

import be.antwerpen.lom.model.appointment.AppointmentAction;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.citizen.Citizen;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * The command payloads of the sync protocol. Each is an intent; see {@code docs/sync-protocol.md}.
 *
 * <p>{@code paperTime}, where present, is the wall-clock time written on a paper form when the
 * command re-keys what happened during an outage ({@code origin} PAPER); otherwise {@code null}.
 */
public final class Commands {

    private Commands() {
    }

    /** A command that moves an existing appointment through its life cycle. */
    public sealed interface AppointmentCommand extends CommandPayload
            permits LifecycleCommand, Reschedule, UpdateContact {
        UUID appointmentId();
    }

    /** A life cycle command that maps one-to-one on an {@link AppointmentAction}. */
    public sealed interface LifecycleCommand extends AppointmentCommand
            permits CheckIn, Call, StartService, MarkServed, MarkNoShow, Cancel {
        AppointmentAction action();

        LocalDateTime paperTime();
    }

    public record CheckIn(UUID appointmentId, LocalDateTime paperTime) implements LifecycleCommand {
        public AppointmentAction action() {
            return AppointmentAction.CHECK_IN;
        }
    }

    public record Call(UUID appointmentId, String desk, LocalDateTime paperTime) implements LifecycleCommand {
        public AppointmentAction action() {
            return AppointmentAction.CALL;
        }
    }

    public record StartService(UUID appointmentId, LocalDateTime paperTime) implements LifecycleCommand {
        public AppointmentAction action() {
            return AppointmentAction.START_SERVICE;
        }
    }

    public record MarkServed(UUID appointmentId, String outcome, LocalDateTime paperTime) implements LifecycleCommand {

        /** The outcome is free text staff may fill with anything: masked for logs. */
        @Override
        public String toString() {
            return "MarkServed[appointmentId=" + appointmentId + ", outcome=***, paperTime=" + paperTime + "]";
        }

        public AppointmentAction action() {
            return AppointmentAction.MARK_SERVED;
        }
    }

    public record MarkNoShow(UUID appointmentId, LocalDateTime paperTime) implements LifecycleCommand {
        public AppointmentAction action() {
            return AppointmentAction.MARK_NO_SHOW;
        }
    }

    public record Cancel(UUID appointmentId, String reason, LocalDateTime paperTime) implements LifecycleCommand {

        /** The reason is free text staff may fill with anything, a phone number too: masked for logs. */
        @Override
        public String toString() {
            return "Cancel[appointmentId=" + appointmentId + ", reason=***, paperTime=" + paperTime + "]";
        }

        public AppointmentAction action() {
            return AppointmentAction.CANCEL;
        }
    }

    /**
     * Book a slot for a citizen. The desk chooses the appointment id and code, so a booking made
     * offline keeps its identity when the server confirms it (or keeps it as provisional).
     * {@code registerNumberUnknown} is {@code true} when the citizen has no national register number
     * known; otherwise the citizen must carry one (ADR 0029, {@code RegisterNumberRequirement}).
     * {@code leaseId} names the desk's seat lease the booking uses, or {@code null} (ADR 0030, 0031).
     */
    public record Book(UUID appointmentId, String code, String locationId, String productCode, LocalDateTime start,
                       Citizen citizen, AppointmentOrigin origin, Boolean registerNumberUnknown, UUID leaseId)
            implements CommandPayload {

        /** A booking of a citizen with a register number, on no seat lease (the form used before both existed). */
        public Book(UUID appointmentId, String code, String locationId, String productCode, LocalDateTime start,
                    Citizen citizen, AppointmentOrigin origin) {
            this(appointmentId, code, locationId, productCode, start, citizen, origin, null, null);
        }

        /** A booking that says whether the register number is unknown (ADR 0029), on no seat lease. */
        public Book(UUID appointmentId, String code, String locationId, String productCode, LocalDateTime start,
                    Citizen citizen, AppointmentOrigin origin, Boolean registerNumberUnknown) {
            this(appointmentId, code, locationId, productCode, start, citizen, origin, registerNumberUnknown, null);
        }

        /** A booking of a citizen with a register number on the desk's seat lease {@code leaseId} (ADR 0030). */
        public Book(UUID appointmentId, String code, String locationId, String productCode, LocalDateTime start,
                    Citizen citizen, AppointmentOrigin origin, UUID leaseId) {
            this(appointmentId, code, locationId, productCode, start, citizen, origin, null, leaseId);
        }
    }

    /** Move an appointment to another start time, optionally at another location. */
    public record Reschedule(UUID appointmentId, String locationId, LocalDateTime newStart) implements AppointmentCommand {
    }

    /** Change the contact data of the appointment's citizen (field-level merge on the server). */
    public record UpdateContact(UUID appointmentId, String email, String phone) implements AppointmentCommand {

        /** Masked, like {@code Citizen}: an e-mail address and a phone number must not leak into logs. */
        @Override
        public String toString() {
            return "UpdateContact[appointmentId=" + appointmentId + ", email=***, phone=***]";
        }
    }

    /**
     * Register a citizen who came without an appointment. {@code ticketNumber} comes from a
     * range the desk holds, so it is unique even offline. A walk-in keyed from a blank paper form names the form's
     * {@code paperSerial} and, when the desk knows it, the {@code paperPile} the form was taken from (ADR 0159).
     */
    public record RegisterWalkIn(UUID appointmentId, String ticketNumber, String locationId, String productCode,
                                 LocalDateTime arrivedAt, Citizen citizen, AppointmentOrigin origin,
                                 String paperSerial, PaperPile paperPile) implements CommandPayload {

        /** A walk-in without a paper pile: at the counter, or from a form whose pile the desk does not know. */
        public RegisterWalkIn(UUID appointmentId, String ticketNumber, String locationId, String productCode,
                              LocalDateTime arrivedAt, Citizen citizen, AppointmentOrigin origin, String paperSerial) {
            this(appointmentId, ticketNumber, locationId, productCode, arrivedAt, citizen, origin, paperSerial, null);
        }
    }

    /** A supervisor's decision on a conflict; reaches every desk like any other change. */
    public record ResolveConflict(UUID conflictId, ConflictResolution resolution, String remark,
                                  LocalDateTime rebookStart, String rebookLocationId) implements CommandPayload {
    }
}
