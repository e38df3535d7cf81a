package be.antwerpen.lom.bench.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** User + system CPU seconds of a process from /proc (Linux; -1 elsewhere), as the PouchDB peer reports them. */
final class CpuSeconds {

    private CpuSeconds() {
    }

    static double of(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static double ofThisProcess() {
        return of(ProcessHandle.current().pid());
    }
}
