package be.antwerpen.lom.model.location;

import be.antwerpen.lom.model.validation.Require;
import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * One period on a weekday during which a location serves appointments, in Europe/Brussels
 * wall-clock time.
 *
 * @param day     the weekday
 * @param start   first minute served
 * @param end     the end of the block (exclusive); no service may run past it
 * @param desks   how many desks serve appointments in this block (the capacity of each slot)
 * @param evening whether this is an evening opening (for the flexibility filter)
 */
public record OpeningBlock(DayOfWeek day, LocalTime start, LocalTime end, int desks, boolean evening) {

    public OpeningBlock {
        Require.present(day, "day");
        Require.present(start, "start");
        Require.present(end, "end");
        Require.that(start.isBefore(end), "end", "an opening block must end after it starts");
        Require.positive(desks, "desks");
    }

    public boolean overlaps(OpeningBlock other) {
        return day == other.day && start.isBefore(other.end) && other.start.isBefore(end);
    }
}
