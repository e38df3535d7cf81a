package be.antwerpen.lom.model.reference;

import be.antwerpen.lom.model.location.Closure;
import be.antwerpen.lom.model.location.OpeningBlock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Which days one location is open, from the reference data: a day is open when its weekday has
 * opening blocks and no closure (public holiday, city holiday, works) covers it. Used by the desk
 * to say "closed today, next opening ..." and to make the downtime pack for the next open day.
 */
public final class OpeningCalendar {

    /** How far ahead the next opening is looked for (a location closed longer has none). */
    public static final int HORIZON_DAYS = 60;

    private final ReferenceData reference;
    private final String locationId;

    public OpeningCalendar(ReferenceData reference, String locationId) {
        this.reference = reference;
        this.locationId = locationId;
    }

    /** One open day and its opening blocks, sorted by start. */
    public record OpenDay(LocalDate date, List<OpeningBlock> blocks) {
    }

    /** The closure that closes {@code day} here, if one does. */
    public Optional<Closure> closure(LocalDate day) {
        return reference.closures().stream().filter(c -> c.closes(locationId, day)).findFirst();
    }

    /** The opening blocks of {@code day}; empty when the location is closed that day. */
    public List<OpeningBlock> blocksOn(LocalDate day) {
        if (closure(day).isPresent()) {
            return List.of();
        }
        return reference.schedule(locationId).map(s -> s.blocksOn(day.getDayOfWeek())).orElse(List.of());
    }

    public boolean openOn(LocalDate day) {
        return !blocksOn(day).isEmpty();
    }

    /** The first open day on or after {@code day}, within {@link #HORIZON_DAYS}. */
    public Optional<OpenDay> nextOpenDayFrom(LocalDate day) {
        for (int i = 0; i <= HORIZON_DAYS; i++) {
            LocalDate candidate = day.plusDays(i);
            List<OpeningBlock> blocks = blocksOn(candidate);
            if (!blocks.isEmpty()) {
                return Optional.of(new OpenDay(candidate, blocks));
            }
        }
        return Optional.empty();
    }

    /** The first open day strictly after {@code day}. */
    public Optional<OpenDay> nextOpenDayAfter(LocalDate day) {
        return nextOpenDayFrom(day.plusDays(1));
    }
}
