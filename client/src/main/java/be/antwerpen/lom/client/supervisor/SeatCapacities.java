package be.antwerpen.lom.client.supervisor;

import be.antwerpen.lom.client.sync.ServerCalls;
import be.antwerpen.lom.model.lease.SeatDayCapacity;
import java.time.LocalDate;
import java.util.List;

/**
 * A location's seats per day from the server (ADR 0030): what the schedule offers, what bookings
 * hold, what desks' seat leases hold and what is still free for anyone. Needs the server; throws the
 * sync exceptions of {@link ServerCalls}.
 */
public final class SeatCapacities {

    private final SupervisorApi api;
    private final ServerCalls calls;

    public SeatCapacities(SupervisorApi api, ServerCalls calls) {
        this.api = api;
        this.calls = calls;
    }

    /** One line per day from {@code from} to {@code to}, both included (at most 63 days). */
    public List<SeatDayCapacity> days(String locationId, LocalDate from, LocalDate to) {
        List<SeatDayCapacity> days = calls.execute(api.seatCapacity(locationId, from.toString(), to.toString()));
        return days == null ? List.of() : List.copyOf(days);
    }
}
