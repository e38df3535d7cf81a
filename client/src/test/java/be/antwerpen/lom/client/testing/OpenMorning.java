package be.antwerpen.lom.client.testing;

import be.antwerpen.lom.model.reference.ReferenceDataLoader;
import be.antwerpen.lom.model.slot.SlotEngine;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A fixed moment for tests that run a desk and the server on a {@link SettableClock}: 10:00 on a weekday at least
 * a week ahead on which antwerpen is open. Tests on the real clock depended on the hour and the day they ran
 * (on a Saturday afternoon the next open slot is two days off).
 */
public final class OpenMorning {

    private OpenMorning() {
    }

    public static LocalDateTime antwerpen(ZoneId zone) {
        SlotEngine engine = new SlotEngine(ReferenceDataLoader.antwerpExample());
        for (LocalDate day = LocalDate.now(zone).plusDays(7); ; day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() <= 5 && engine.dayCapacity("antwerpen", day, List.of()).slots() > 0) {
                return day.atTime(10, 0);
            }
        }
    }
}
