package be.antwerpen.lom.bench.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU seconds of a process's threads by kind (JIT compilers, GC, the rest), read from /proc/PID/task: where a
 * catch-up's CPU goes (docs/perf-notes/jit.md). A thread that ended between two reads is missing from the later
 * one, so take both reads while the threads of interest live (the JVM's compiler and GC threads do). Linux only;
 * empty elsewhere.
 */
public final class ThreadCpu {

    private final Map<String, Double> byKind;

    private ThreadCpu(Map<String, Double> byKind) {
        this.byKind = byKind;
    }

    /** The CPU seconds so far of every live thread of {@code pid}, summed by kind. */
    public static ThreadCpu of(long pid) {
        return of(pid, ThreadCpu::kind);
    }

    /**
     * The same summed by thread name with its numbers left out ("HttpClient-#-Worker-#"): which pools a process's
     * CPU went to.
     */
    public static ThreadCpu byName(long pid) {
        return of(pid, name -> name.replaceAll("\\d+", "#"));
    }

    private static ThreadCpu of(long pid, Function<String, String> kind) {
        Map<String, Double> byKind = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    double seconds = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
                    byKind.merge(kind.apply(name), seconds, Double::sum);
                } catch (IOException | RuntimeException threadEnded) {
                    // the thread ended while the list was read
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            return new ThreadCpu(Map.of());
        }
        return new ThreadCpu(byKind);
    }

    private static String kind(String threadName) {
        if (threadName.startsWith("C1 CompilerThre") || threadName.startsWith("C2 CompilerThre")) {
            return threadName.substring(0, 2) + " compiler";
        }
        if (threadName.startsWith("GC Thread") || threadName.startsWith("G1 ")) {
            return "GC";
        }
        return "other";
    }

    /** What each kind used since {@code earlier}, as "C1 compiler 0.41 s, C2 compiler 1.80 s, ...". */
    public String since(ThreadCpu earlier) {
        return since(earlier, Integer.MAX_VALUE);
    }

    /** The {@code top} kinds that used the most since {@code earlier} (a thread started since counts from zero). */
    public String since(ThreadCpu earlier, int top) {
        if (byKind.isEmpty()) {
            return "(per-thread CPU not available)";
        }
        Map<String, Double> used = new TreeMap<>();
        byKind.forEach((kind, seconds) -> used.put(kind, seconds - earlier.byKind.getOrDefault(kind, 0.0)));
        boolean all = top == Integer.MAX_VALUE;
        return used.entrySet().stream()
                .sorted(all ? Map.Entry.comparingByKey() : Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(top)
                .map(e -> String.format(Locale.ROOT, "%s %.2f s", e.getKey(),
                        e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
