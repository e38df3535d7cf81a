package be.antwerpen.lom.bench.downtime;

import be.antwerpen.lom.client.downtime.DowntimePackRenderer;
import be.antwerpen.lom.client.downtime.DowntimePackRequest;
import be.antwerpen.lom.client.downtime.PackManifest;
import be.antwerpen.lom.client.downtime.RenderedPack;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times the downtime pack of a busy regional counter day (400 appointments + 100 blank forms):
 * a few warm-up runs, then measured runs, each writing a complete pack (PDFs, manifest, atomic
 * rename) into the same folder, like the desk does after every sync.
 */
final class DowntimePackBenchmark {

    private final DowntimePackRenderer renderer;
    private final DowntimePackRequest request;
    private final Path folder;

    DowntimePackBenchmark(DowntimePackRenderer renderer, DowntimePackRequest request, Path folder) {
        this.renderer = renderer;
        this.request = request;
        this.folder = folder;
    }

    Result run(int warmUps, int runs) {
        for (int i = 0; i < warmUps; i++) {
            renderer.render(request, folder);
        }
        List<Long> totals = new ArrayList<>();
        Map<String, List<Long>> perPart = new LinkedHashMap<>();
        RenderedPack last = null;
        for (int i = 0; i < runs; i++) {
            long[] previous = {System.nanoTime()};
            long start = previous[0];
            last = renderer.render(request, folder, (step, done, total) -> {
                long now = System.nanoTime();
                perPart.computeIfAbsent(step, s -> new ArrayList<>()).add(now - previous[0]);
                previous[0] = now;
            });
            totals.add(System.nanoTime() - start);
        }
        Map<String, Double> partMedians = new LinkedHashMap<>();
        perPart.forEach((part, times) -> partMedians.put(part, millis(median(times))));
        return new Result(millis(min(totals)), millis(median(totals)), millis(max(totals)), runs, partMedians,
                last.manifest());
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long min(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElseThrow();
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElseThrow();
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    /** Figures of one benchmark run, in milliseconds. */
    record Result(double minMillis, double medianMillis, double maxMillis, int runs,
                  Map<String, Double> partMedianMillis, PackManifest manifest) {
    }
}
