package be.antwerpen.lom.model.slot;

import be.antwerpen.lom.model.location.Closure;
import be.antwerpen.lom.model.location.Location;
import be.antwerpen.lom.model.location.OpeningBlock;
import be.antwerpen.lom.model.location.WeeklySchedule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One location's opening blocks per weekday in grid minutes, and the closures that concern it. */
final class LocationPlan {

    private final Location location;
    private final List<List<GridBlock>> blocksByDay;
    private final List<Closure> closures;

    LocationPlan(Location location, WeeklySchedule schedule, List<Closure> allClosures) {
        this.location = location;
        List<List<GridBlock>> byDay = new ArrayList<>(7);
        for (DayOfWeek day : DayOfWeek.values()) {
            List<GridBlock> blocks = new ArrayList<>();
            for (OpeningBlock block : schedule.blocksOn(day)) {
                blocks.add(new GridBlock(minuteOfDay(block.start().toSecondOfDay()),
                        minuteOfDay(block.end().toSecondOfDay()), block.desks(), block.evening()));
            }
            byDay.add(List.copyOf(blocks));
        }
        this.blocksByDay = List.copyOf(byDay);
        this.closures = allClosures.stream()
                .filter(c -> c.locationId() == null || c.locationId().equals(location.id()))
                .toList();
    }

    Location location() {
        return location;
    }

    String id() {
        return location.id();
    }

    boolean closedOn(LocalDate day) {
        for (Closure closure : closures) {
            if (closure.closes(location.id(), day)) {
                return true;
            }
        }
        return false;
    }

    /** The blocks of the weekday of {@code day}, ignoring closures. */
    List<GridBlock> blocksOf(LocalDate day) {
        return blocksByDay.get(day.getDayOfWeek().ordinal());
    }

    /** The blocks served on {@code day}: none when the location is closed. */
    List<GridBlock> openBlocksOn(LocalDate day) {
        return closedOn(day) ? List.of() : blocksOf(day);
    }

    private static int minuteOfDay(int secondOfDay) {
        return secondOfDay / 60;
    }
}
