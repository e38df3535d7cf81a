package be.antwerpen.lom.client.ui.today;

import be.antwerpen.lom.model.appointment.AppointmentStatus;
import java.util.EnumSet;
import java.util.Set;

/** The status filters of the Today screen. */
public enum AgendaFilter {
    ALL(EnumSet.allOf(AppointmentStatus.class)),
    WAITING(EnumSet.of(AppointmentStatus.CHECKED_IN, AppointmentStatus.CALLED)),
    IN_SERVICE(EnumSet.of(AppointmentStatus.IN_SERVICE)),
    DONE(EnumSet.of(AppointmentStatus.SERVED)),
    NO_SHOW(EnumSet.of(AppointmentStatus.NO_SHOW));

    private final Set<AppointmentStatus> statuses;

    AgendaFilter(Set<AppointmentStatus> statuses) {
        this.statuses = statuses;
    }

    public boolean accepts(AppointmentStatus status) {
        return statuses.contains(status);
    }
}
