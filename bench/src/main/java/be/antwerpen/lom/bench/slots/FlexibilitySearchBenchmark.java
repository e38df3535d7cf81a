package be.antwerpen.lom.bench.slots;

import be.antwerpen.lom.model.location.Location;
import be.antwerpen.lom.model.location.OpeningBlock;
import be.antwerpen.lom.model.product.Product;
import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.model.reference.ReferenceDataLoader;
import be.antwerpen.lom.model.slot.ExistingBooking;
import be.antwerpen.lom.model.slot.FlexibilityQuery;
import be.antwerpen.lom.model.slot.Slot;
import be.antwerpen.lom.model.slot.SlotEngine;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Flexibility search over all 10 Antwerp counters for 8 weeks with 50,000 existing bookings.
 *
 * <p>Run by hand (see docs/perf-notes/slots.md); arguments: {@code [queries] [warmup] [bookings] [seed]}.
 * Bookings are generated deterministically from the seed, spread over the opening blocks in
 * proportion to their desk-minutes, with the catalogue's durations; they are not capacity-checked,
 * so busy blocks end up full (the hard case: "earliest N" has to look further ahead).
 */
public final class FlexibilitySearchBenchmark {

    private static final LocalDate FROM = LocalDate.of(2026, 3, 2);
    private static final int DAYS = 8 * 7;

    private FlexibilitySearchBenchmark() {
    }

    public static void main(String[] args) {
        int queries = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int bookingCount = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 20261128L;

        ReferenceData data = ReferenceDataLoader.antwerpExample();
        SlotEngine engine = new SlotEngine(data);
        LocalDate to = FROM.plusDays(DAYS - 1);
        List<ExistingBooking> bookings = bookings(data, bookingCount, new Random(seed));

        System.out.printf(Locale.ROOT, "data: %d locations, %d products, %s..%s, %d bookings, seed %d%n",
                data.locations().size(), data.products().size(), FROM, to, bookings.size(), seed);
        long capacity = 0;
        for (int d = 0; d < DAYS; d++) {
            for (Location location : data.locations()) {
                capacity += engine.dayCapacity(location.id(), FROM.plusDays(d), List.of()).deskMinutes();
            }
        }
        long demand = bookings.stream()
                .mapToLong(b -> Duration.between(b.start(), b.end()).toMinutes()).sum();
        System.out.printf(Locale.ROOT, "capacity %d desk-minutes (closures applied), bookings ask %d (%.0f%%)%n",
                capacity, demand, 100.0 * demand / capacity);
        List<Slot> everything = engine.flexibility(
                new FlexibilityQuery("EID_ACTIVATE", FROM, to, false, false, null, null, null), bookings);
        System.out.printf(Locale.ROOT, "free 10-minute slots left over 8 weeks at all counters: %d%n", everything.size());
        System.out.printf(Locale.ROOT, "java %s, %d available processors%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());

        Random queryRandom = new Random(seed + 1);
        long checksum = 0;
        for (int i = 0; i < warmup; i++) {
            checksum += engine.flexibility(query(data, to, queryRandom, i), bookings).size();
        }
        String[] kinds = {"earliest 10", "all, no filter", "Saturdays, earliest 20", "evenings, all",
                          "12:00-14:00, earliest 50", "earliest 1"};
        long[][] perKind = new long[kinds.length][queries];
        int[] perKindCount = new int[kinds.length];
        long[] all = new long[queries];
        for (int i = 0; i < queries; i++) {
            FlexibilityQuery query = query(data, to, queryRandom, i);
            long start = System.nanoTime();
            List<Slot> slots = engine.flexibility(query, bookings);
            long elapsed = System.nanoTime() - start;
            checksum += slots.size();
            all[i] = elapsed;
            int kind = i % kinds.length;
            perKind[kind][perKindCount[kind]++] = elapsed;
        }
        System.out.printf(Locale.ROOT, "%d queries after %d warm-up (checksum %d)%n", queries, warmup, checksum);
        System.out.println(line("all queries", all, queries));
        for (int k = 0; k < kinds.length; k++) {
            System.out.println(line("  " + kinds[k], perKind[k], perKindCount[k]));
        }
    }

    /** Six query shapes in turn, each for a random product from the catalogue. */
    private static FlexibilityQuery query(ReferenceData data, LocalDate to, Random random, int i) {
        String product = data.products().get(random.nextInt(data.products().size())).code();
        return switch (i % 6) {
            case 0 -> FlexibilityQuery.earliest(product, FROM, to, 10);
            case 1 -> new FlexibilityQuery(product, FROM, to, false, false, null, null, null);
            case 2 -> new FlexibilityQuery(product, FROM, to, true, false, null, null, 20);
            case 3 -> new FlexibilityQuery(product, FROM, to, false, true, null, null, null);
            case 4 -> new FlexibilityQuery(product, FROM, to, false, false, LocalTime.of(12, 0), LocalTime.of(14, 0), 50);
            default -> FlexibilityQuery.earliest(product, FROM, to, 1);
        };
    }

    /** Bookings spread over every opening block of the 8 weeks in proportion to its desk-minutes. */
    static List<ExistingBooking> bookings(ReferenceData data, int count, Random random) {
        List<LocalDateTime> blockStarts = new ArrayList<>();
        List<OpeningBlock> blocks = new ArrayList<>();
        List<Location> blockLocations = new ArrayList<>();
        List<Long> cumulativeDeskMinutes = new ArrayList<>();
        long total = 0;
        for (int d = 0; d < DAYS; d++) {
            LocalDate day = FROM.plusDays(d);
            for (Location location : data.locations()) {
                for (OpeningBlock block : data.schedule(location.id()).orElseThrow().blocksOn(day.getDayOfWeek())) {
                    total += (long) (block.end().toSecondOfDay() - block.start().toSecondOfDay()) / 60 * block.desks();
                    blockStarts.add(day.atTime(block.start()));
                    blocks.add(block);
                    blockLocations.add(location);
                    cumulativeDeskMinutes.add(total);
                }
            }
        }
        long[] cumulative = cumulativeDeskMinutes.stream().mapToLong(Long::longValue).toArray();
        int grid = data.slotMinutes();
        List<ExistingBooking> bookings = new ArrayList<>(count);
        while (bookings.size() < count) {
            int index = Arrays.binarySearch(cumulative, (long) (random.nextDouble() * total));
            index = index < 0 ? -index - 1 : index + 1;
            index = Math.min(index, cumulative.length - 1);
            OpeningBlock block = blocks.get(index);
            Location location = blockLocations.get(index);
            List<Product> offered = data.products().stream().filter(p -> p.isOfferedAt(location.kind())).toList();
            Product product = offered.get(random.nextInt(offered.size()));
            int blockMinutes = (block.end().toSecondOfDay() - block.start().toSecondOfDay()) / 60;
            int startCells = (blockMinutes - product.durationMinutes()) / grid + 1;
            if (startCells <= 0) {
                continue;
            }
            LocalDateTime start = blockStarts.get(index).plusMinutes((long) random.nextInt(startCells) * grid);
            bookings.add(new ExistingBooking(location.id(), start, start.plusMinutes(product.durationMinutes())));
        }
        return bookings;
    }

    private static String line(String label, long[] nanos, int n) {
        long[] sorted = Arrays.copyOf(nanos, n);
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%-28s n=%5d  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %7.2f ms",
                label, n, ms(percentile(sorted, 50)), ms(percentile(sorted, 95)), ms(percentile(sorted, 99)),
                ms(sorted[n - 1]));
    }

    private static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(rank, sorted.length - 1))];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
