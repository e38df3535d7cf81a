package be.antwerpen.lom.bench.client;

import java.util.Arrays;

/** Percentiles of a set of measured durations in nanoseconds, reported in milliseconds. */
final class Percentiles {

    private final long[] sorted;

    Percentiles(long[] nanos) {
        sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    double millis(double percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1_000_000.0;
    }

    double maxMillis() {
        return sorted[sorted.length - 1] / 1_000_000.0;
    }

    String summary() {
        return String.format("p50 %.2f ms, p99 %.2f ms, max %.2f ms (n=%d)", millis(50), millis(99), maxMillis(),
                sorted.length);
    }
}
