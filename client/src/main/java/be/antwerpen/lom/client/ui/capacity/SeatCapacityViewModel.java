package be.antwerpen.lom.client.ui.capacity;

import be.antwerpen.lom.client.supervisor.SeatCapacities;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.FailureMessages;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.model.lease.SeatDayCapacity;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The seats of one of the supervisor's locations for the coming two weeks: per day what the schedule
 * offers, what bookings hold, what the desks' seat leases hold and what is free for anyone (ADR 0030).
 * The figures are the server's; they need the server.
 */
public final class SeatCapacityViewModel {

    /** Today and the thirteen days after it. */
    static final int DAYS = 14;

    private final SeatCapacities capacities;
    private final List<String> locations;
    private final Supplier<LocalDate> today;
    private final Messages messages;
    private final BackgroundTasks tasks;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private List<SeatDayCapacity> days = List.of();
    private String notice = "";
    private boolean busy;

    public SeatCapacityViewModel(SeatCapacities capacities, List<String> locations, Supplier<LocalDate> today,
                                 Messages messages, BackgroundTasks tasks) {
        this.capacities = capacities;
        this.locations = List.copyOf(locations);
        this.today = today;
        this.messages = messages;
        this.tasks = tasks;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** The locations this supervisor oversees, in the order the desk shows them. */
    public List<String> locations() {
        return locations;
    }

    /** Loads the two weeks from today at {@code locationId}; event thread only. */
    public void load(String locationId) {
        if (locationId == null || busy) {
            return;
        }
        busy = true;
        notice = messages.get("capacity.loading");
        changed();
        LocalDate from = today.get();
        tasks.run(() -> capacities.days(locationId, from, from.plusDays(DAYS - 1)), loaded -> {
            busy = false;
            days = loaded;
            notice = loaded.stream().allMatch(d -> d.capacity() == 0) ? messages.get("capacity.closed") : "";
            changed();
        }, failure -> {
            busy = false;
            days = List.of();
            notice = new FailureMessages(messages).describe(failure, "capacity.failed");
            changed();
        });
    }

    public List<SeatDayCapacity> days() {
        return days;
    }

    public String notice() {
        return notice;
    }

    public boolean busy() {
        return busy;
    }

    /** Seats held by desks' leases over the period, as a share of the seats offered (0 when none). */
    public int leasedPercent() {
        int offered = days.stream().mapToInt(SeatDayCapacity::capacity).sum();
        int leased = days.stream().mapToInt(SeatDayCapacity::leased).sum();
        return offered == 0 ? 0 : Math.round(100f * leased / offered);
    }

    /**
     * The days on which the server's seat counts disagree with its bookings and leases, in the order shown: each is
     * a seat taken that nothing explains, or the reverse (zero days when all is well).
     */
    public List<SeatDayCapacity> daysThatDoNotAddUp() {
        return days.stream().filter(d -> d.unaccounted() != 0).toList();
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
