package be.antwerpen.lom.bench.measure;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU seconds (user + system) a process has used so far: a figure that holds on a busy machine, unlike wall time.
 * Another process is read from /proc, as the PouchDB peer reports its own (Linux; -1 elsewhere).
 */
public final class CpuSeconds {

    private CpuSeconds() {
    }

    /** Of the process {@code pid}, from /proc; -1 where that cannot be read. */
    public static double of(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Of this process, to the nanosecond where the JVM tells it; else as {@link #of(long)}. */
    public static double ofThisProcess() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return of(ProcessHandle.current().pid());
    }
}
