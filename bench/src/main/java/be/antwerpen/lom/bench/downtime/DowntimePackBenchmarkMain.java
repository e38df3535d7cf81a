package be.antwerpen.lom.bench.downtime;

import be.antwerpen.lom.client.downtime.DowntimePackRenderer;
import be.antwerpen.lom.client.downtime.PackManifest;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * Entry point of the downtime pack benchmark. Arguments (optional): measured runs (default 7),
 * warm-up runs (default 2), a folder to keep the last pack in (default: a temporary folder that is
 * deleted). See docs/perf-notes/downtime.md for the command and the figures.
 */
public final class DowntimePackBenchmarkMain {

    private DowntimePackBenchmarkMain() {
    }

    public static void main(String[] args) throws IOException {
        quietLibraryLogging();
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int warmUps = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        boolean keep = args.length > 2;
        Path base = keep ? Path.of(args[2]) : Files.createTempDirectory("downtime-pack-bench");
        Path folder = base.resolve("downtime-pack").resolve("deurne").resolve(BusyCounterDay.DAY.toString());

        DowntimePackBenchmark benchmark = new DowntimePackBenchmark(DowntimePackRenderer.withEmbeddedFonts(),
                BusyCounterDay.request(400, 20), folder);
        DowntimePackBenchmark.Result result = benchmark.run(warmUps, runs);

        System.out.printf("Downtime pack, busy regional day: %d appointments, %d blank forms%n",
                result.manifest().appointments().size(), result.manifest().walkInForms().size());
        System.out.printf("JVM %s, %d processors; %d warm-up + %d measured runs%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), warmUps, result.runs());
        System.out.printf("Time to generate: min %.0f ms, median %.0f ms, max %.0f ms%n",
                result.minMillis(), result.medianMillis(), result.maxMillis());
        result.partMedianMillis().forEach((part, millis) ->
                System.out.printf("  %-22s median %6.0f ms%n", part, millis));
        long totalBytes = 0;
        for (PackManifest.PackFile file : result.manifest().files()) {
            System.out.printf("  %-22s %4d pages %9d bytes (%.1f KiB)%n", file.name(), file.pages(), file.bytes(),
                    file.bytes() / 1024.0);
            totalBytes += file.bytes();
        }
        long manifestBytes = Files.size(folder.resolve(PackManifest.FILE_NAME));
        System.out.printf("  %-22s            %9d bytes%n", PackManifest.FILE_NAME, manifestBytes);
        System.out.printf("Pack total: %d bytes (%.2f MiB)%n", totalBytes + manifestBytes,
                (totalBytes + manifestBytes) / (1024.0 * 1024.0));
        if (!keep) {
            deleteRecursively(base);
        } else {
            System.out.println("Pack kept in " + folder);
        }
    }

    /** PDFBox and FontBox log font parsing at DEBUG, logback's default without a configuration file. */
    private static void quietLibraryLogging() {
        for (String name : new String[] {"org.apache.pdfbox", "org.apache.fontbox"}) {
            if (LoggerFactory.getLogger(name) instanceof Logger logger) {
                logger.setLevel(Level.WARN);
            }
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
