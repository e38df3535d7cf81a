package be.antwerpen.lom.model.reference;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The demo's clock on a closed day (ADR 0118): a demo started on a Sunday or a public holiday runs
 * on the next day the location opens, from 90 minutes after its first opening, so a counter day can
 * be shown any day. On an open day the demo runs on the real clock.
 */
public final class DemoClock {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Duration INTO_THE_DAY = Duration.ofMinutes(90);

    private DemoClock() {
    }

    /** How far the demo's clock runs ahead of the real one (zero on an open day), in whole minutes. */
    public static Duration offset(Instant now, ReferenceData reference, String locationId) {
        LocalDate today = LocalDate.ofInstant(now, BRUSSELS);
        OpeningCalendar calendar = new OpeningCalendar(reference, locationId);
        if (calendar.openOn(today)) {
            return Duration.ZERO;
        }
        return calendar.nextOpenDayFrom(today)
                .map(open -> open.date().atTime(open.blocks().get(0).start()).plus(INTO_THE_DAY).atZone(BRUSSELS)
                        .toInstant())
                .map(target -> Duration.between(now, target).truncatedTo(ChronoUnit.MINUTES))
                .orElse(Duration.ZERO);
    }

    /** {@code system} moved by {@code offset}. */
    public static Clock shifted(Clock system, Duration offset) {
        return offset.isZero() ? system : Clock.offset(system, offset);
    }
}
