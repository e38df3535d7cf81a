package be.antwerpen.lom.model.appointment;

import static be.antwerpen.lom.model.appointment.AppointmentStatus.BOOKED;
import static be.antwerpen.lom.model.appointment.AppointmentStatus.CALLED;
import static be.antwerpen.lom.model.appointment.AppointmentStatus.CHECKED_IN;
import static be.antwerpen.lom.model.appointment.AppointmentStatus.IN_SERVICE;

import be.antwerpen.lom.model.refusal.Refusal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The appointment life cycle, in one place, used by desk and server alike.
 *
 * <pre>
 * BOOKED -> CHECKED_IN -> CALLED -> IN_SERVICE -> SERVED
 *    |          |            |
 *    +----------+------------+--> NO_SHOW
 *    +----------+--> CANCELLED
 * </pre>
 *
 * A desk may skip steps forward (call a booked citizen who is standing at the desk, start service
 * without calling); serving is only possible once the citizen is there (checked in, called or in
 * service). Final states (served, no-show, cancelled) accept nothing but an idempotent repeat.
 */
public final class AppointmentLifecycle {

    private static final Map<AppointmentAction, Set<AppointmentStatus>> ALLOWED_FROM = new EnumMap<>(AppointmentAction.class);

    static {
        ALLOWED_FROM.put(AppointmentAction.CHECK_IN, EnumSet.of(BOOKED));
        ALLOWED_FROM.put(AppointmentAction.CALL, EnumSet.of(BOOKED, CHECKED_IN));
        ALLOWED_FROM.put(AppointmentAction.START_SERVICE, EnumSet.of(BOOKED, CHECKED_IN, CALLED));
        ALLOWED_FROM.put(AppointmentAction.MARK_SERVED, EnumSet.of(CHECKED_IN, CALLED, IN_SERVICE));
        ALLOWED_FROM.put(AppointmentAction.MARK_NO_SHOW, EnumSet.of(BOOKED, CHECKED_IN, CALLED));
        ALLOWED_FROM.put(AppointmentAction.CANCEL, EnumSet.of(BOOKED, CHECKED_IN));
    }

    private AppointmentLifecycle() {
    }

    /** Applies {@code action} to an appointment in status {@code from}. Pure; never throws for valid input. */
    public static TransitionResult apply(AppointmentStatus from, AppointmentAction action) {
        if (from == action.target()) {
            return new TransitionResult.Repeat(from);
        }
        if (ALLOWED_FROM.get(action).contains(from)) {
            return new TransitionResult.Applied(action.target());
        }
        return new TransitionResult.Refused(from, refusalReason(from, action));
    }

    /** Whether {@code action} is allowed (or a harmless repeat) from {@code from}. */
    public static boolean isPossible(AppointmentStatus from, AppointmentAction action) {
        return !(apply(from, action) instanceof TransitionResult.Refused);
    }

    /** The statuses an action may start from. */
    public static Set<AppointmentStatus> allowedFrom(AppointmentAction action) {
        return EnumSet.copyOf(ALLOWED_FROM.get(action));
    }

    private static Refusal refusalReason(AppointmentStatus from, AppointmentAction action) {
        if (from.isFinal()) {
            return Refusal.of("lifecycle.final", "the appointment is already " + describe(from) + "; it cannot be "
                    + describe(action) + " any more", from.name(), action.name());
        }
        if (action == AppointmentAction.MARK_SERVED && from == BOOKED) {
            return Refusal.of("lifecycle.servedBeforeCheckIn",
                    "an appointment that is booked cannot be marked as served before the citizen has checked in",
                    from.name(), action.name());
        }
        return Refusal.of("lifecycle.notAllowed", "an appointment that is " + describe(from) + " cannot be "
                + describe(action), from.name(), action.name());
    }

    private static String describe(AppointmentAction action) {
        return switch (action) {
            case CHECK_IN -> "checked in";
            case CALL -> "called";
            case START_SERVICE -> "taken into service";
            case MARK_SERVED -> "marked as served";
            case MARK_NO_SHOW -> "marked as no-show";
            case CANCEL -> "cancelled";
        };
    }

    private static String describe(AppointmentStatus status) {
        return switch (status) {
            case BOOKED -> "booked";
            case CHECKED_IN -> "checked in";
            case CALLED -> "called";
            case IN_SERVICE -> "in service";
            case SERVED -> "served";
            case NO_SHOW -> "marked as no-show";
            case CANCELLED -> "cancelled";
        };
    }
}
