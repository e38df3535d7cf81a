package be.antwerpen.lom.model.slot;

import be.antwerpen.lom.model.location.Closure;
import be.antwerpen.lom.model.location.Location;
import be.antwerpen.lom.model.location.LocationKind;
import be.antwerpen.lom.model.location.OpeningBlock;
import be.antwerpen.lom.model.location.WeeklySchedule;
import be.antwerpen.lom.model.product.Product;
import be.antwerpen.lom.model.product.ProductTheme;
import be.antwerpen.lom.model.reference.ReferenceData;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * A tiny, fully known data set for example tests: {@code alpha} (regional) and {@code beta} (city).
 *
 * <ul>
 *   <li>alpha: Monday 09:00-10:00 with 2 desks, Monday 18:00-19:00 evening with 1 desk,
 *       Saturday 09:00-10:00 with 1 desk, Sunday 01:00-04:00 with 1 desk (across the DST changes)</li>
 *   <li>beta: Monday 09:00-09:30 with 1 desk</li>
 *   <li>products SHORT (10 min, both kinds) and LONG (30 min, regional only)</li>
 * </ul>
 */
final class SmallCity {

    private SmallCity() {
    }

    static ReferenceData data(List<Closure> closures) {
        return new ReferenceData("test", false, 10,
                List.of(new Location("alpha", "Alpha", LocationKind.REGIO, ""),
                        new Location("beta", "Beta", LocationKind.STAD, "")),
                List.of(new WeeklySchedule("alpha", List.of(
                                block(DayOfWeek.MONDAY, "09:00", "10:00", 2, false),
                                block(DayOfWeek.MONDAY, "18:00", "19:00", 1, true),
                                block(DayOfWeek.SATURDAY, "09:00", "10:00", 1, false),
                                block(DayOfWeek.SUNDAY, "01:00", "04:00", 1, false))),
                        new WeeklySchedule("beta", List.of(block(DayOfWeek.MONDAY, "09:00", "09:30", 1, false)))),
                closures,
                List.of(product("SHORT", 10, Set.of(LocationKind.REGIO, LocationKind.STAD)),
                        product("LONG", 30, Set.of(LocationKind.REGIO))));
    }

    static SlotEngine engine() {
        return new SlotEngine(data(List.of()));
    }

    private static OpeningBlock block(DayOfWeek day, String start, String end, int desks, boolean evening) {
        return new OpeningBlock(day, LocalTime.parse(start), LocalTime.parse(end), desks, evening);
    }

    private static Product product(String code, int minutes, Set<LocationKind> kinds) {
        return new Product(code, code, ProductTheme.IDENTITY, minutes, kinds, Set.of(), List.of(), false);
    }
}
