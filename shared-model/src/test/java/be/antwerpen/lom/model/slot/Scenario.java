package be.antwerpen.lom.model.slot;

import be.antwerpen.lom.model.location.Closure;
import be.antwerpen.lom.model.location.ClosureReason;
import be.antwerpen.lom.model.location.Location;
import be.antwerpen.lom.model.location.LocationKind;
import be.antwerpen.lom.model.location.OpeningBlock;
import be.antwerpen.lom.model.location.WeeklySchedule;
import be.antwerpen.lom.model.product.Product;
import be.antwerpen.lom.model.product.ProductTheme;
import be.antwerpen.lom.model.reference.ReferenceData;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A random but valid world for property tests: a few locations with random weekly blocks (often
 * around 02:00-03:00, to cross the DST changes), closures, products on the grid, a date window
 * (often around a DST Sunday) and existing bookings, some of them off the grid or past midnight.
 */
record Scenario(ReferenceData data, LocalDate from, LocalDate to, List<ExistingBooking> bookings) {

    private static final int[] GRIDS = {5, 10, 15};
    private static final LocalDate[] DST_SUNDAYS = {
        LocalDate.of(2026, 3, 29), LocalDate.of(2026, 10, 25), LocalDate.of(2027, 3, 28), LocalDate.of(2027, 10, 31)};

    static Scenario random(Random random) {
        int grid = GRIDS[random.nextInt(GRIDS.length)];
        int locationCount = 1 + random.nextInt(3);
        List<Location> locations = new ArrayList<>();
        List<WeeklySchedule> schedules = new ArrayList<>();
        for (int i = 0; i < locationCount; i++) {
            String id = "l" + i;
            locations.add(new Location(id, "Location " + i, random.nextBoolean() ? LocationKind.REGIO : LocationKind.STAD, ""));
            schedules.add(new WeeklySchedule(id, blocks(random, grid)));
        }
        LocalDate base = random.nextInt(3) > 0
                ? DST_SUNDAYS[random.nextInt(DST_SUNDAYS.length)]
                : LocalDate.of(2026, 1, 1).plusDays(random.nextInt(3 * 365));
        LocalDate from = base.minusDays(random.nextInt(4));
        LocalDate to = from.plusDays(random.nextInt(7));
        List<Closure> closures = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            LocalDate day = from.plusDays(random.nextInt(8));
            String location = random.nextBoolean() ? null : "l" + random.nextInt(locationCount);
            closures.add(new Closure(location, day, day.plusDays(random.nextInt(2)), ClosureReason.OTHER, "random"));
        }
        List<Product> products = new ArrayList<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            Set<LocationKind> kinds = switch (random.nextInt(3)) {
                case 0 -> EnumSet.of(LocationKind.REGIO);
                case 1 -> EnumSet.of(LocationKind.STAD);
                default -> EnumSet.allOf(LocationKind.class);
            };
            products.add(new Product("P" + i, "Product " + i, ProductTheme.IDENTITY, grid * (1 + random.nextInt(6)),
                    kinds, Set.of(), List.of(), false));
        }
        ReferenceData data = new ReferenceData("random", false, grid, locations, schedules, closures, products);
        List<ExistingBooking> bookings = new ArrayList<>();
        for (int i = random.nextInt(60); i > 0; i--) {
            bookings.add(booking(random, grid, from, to, schedules));
        }
        return new Scenario(data, from, to, List.copyOf(bookings));
    }

    private static List<OpeningBlock> blocks(Random random, int grid) {
        List<OpeningBlock> blocks = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (random.nextInt(10) < 4) {
                continue;
            }
            int cursor = random.nextInt(3) == 0 ? random.nextInt(150 / grid) * grid : (420 + random.nextInt(300 / grid) * grid);
            for (int b = 1 + random.nextInt(2); b > 0; b--) {
                int start = cursor + random.nextInt(6) * grid;
                int end = start + (1 + random.nextInt(24)) * grid;
                if (end > 24 * 60 - grid) {
                    break;
                }
                blocks.add(new OpeningBlock(day, LocalTime.of(start / 60, start % 60), LocalTime.of(end / 60, end % 60),
                        1 + random.nextInt(4), random.nextInt(4) == 0));
                cursor = end;
            }
        }
        return blocks;
    }

    private static ExistingBooking booking(Random random, int grid, LocalDate from, LocalDate to,
                                           List<WeeklySchedule> schedules) {
        int location = random.nextInt(schedules.size() + 1);
        String id = location == schedules.size() ? "ghost" : schedules.get(location).locationId();
        LocalDate day = from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
        List<OpeningBlock> open = location == schedules.size() ? List.of()
                : schedules.get(location).blocksOn(day.getDayOfWeek());
        boolean offGrid = random.nextInt(5) == 0;
        int start;
        if (!open.isEmpty() && random.nextInt(5) > 0) {
            OpeningBlock block = open.get(random.nextInt(open.size()));
            int blockStart = block.start().toSecondOfDay() / 60;
            int blockMinutes = block.end().toSecondOfDay() / 60 - blockStart;
            start = blockStart + (offGrid ? random.nextInt(blockMinutes) : random.nextInt(blockMinutes / grid) * grid);
        } else {
            start = offGrid ? random.nextInt(24 * 60) : random.nextInt(24 * 60 / grid) * grid;
        }
        int length = offGrid ? 1 + random.nextInt(90) : grid * (1 + random.nextInt(6));
        return new ExistingBooking(id, day.atStartOfDay().plusMinutes(start), day.atStartOfDay().plusMinutes(start + length));
    }

    @Override
    public String toString() {
        return "Scenario[grid=" + data.slotMinutes() + ", " + from + ".." + to + ", schedules=" + data.schedules()
                + ", closures=" + data.closures() + ", products=" + data.products() + ", bookings=" + bookings + "]";
    }
}
