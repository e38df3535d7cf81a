package be.antwerpen.lom.bench.server;

import java.lang.management.ManagementFactory;

/** CPU time this process has used so far, in seconds: a figure that holds on a busy machine, unlike wall time. */
final class ProcessCpu {

    private ProcessCpu() {
    }

    static double seconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }
}
