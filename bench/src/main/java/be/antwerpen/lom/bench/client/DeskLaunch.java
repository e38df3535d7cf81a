package be.antwerpen.lom.bench.client;

import be.antwerpen.lom.bench.measure.JitPlan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * Starts the desk in a fresh JVM as the product starts it ({@code java -jar client-*-all.jar}: the desk's
 * fat jar and {@code ClientMain}'s own options, here through {@link DeskStartProbe}) on a seeded data folder,
 * and times from {@link ProcessBuilder#start()} until the child says the login screen is shown and until
 * Today is painted with all rows after the offline login.
 *
 * <p>{@code -Dlom.bench.desk.jar=FILE}: the desk's fat jar (default {@code client/target/client-*-all.jar}
 * under the working directory). JVM options of the child are passed per launch (e.g. an AppCDS archive).
 */
final class DeskLaunch {

    /**
     * Milliseconds from launch to the login screen and to the usable agenda; the child's JVM uptime and its CPU
     * time (all threads, JIT and GC too) at that point.
     */
    record Figures(double loginShownMs, double usableMs, long childUptimeMs, long childCpuMs) {
    }

    private final Path dataDir;
    private final Path deskJar;
    private final String classPath;
    private final Path work;

    private DeskLaunch(Path dataDir, Path deskJar, String classPath, Path work) {
        this.dataDir = dataDir;
        this.deskJar = deskJar;
        this.classPath = classPath;
        this.work = work;
    }

    /** The desk's fat jar plus a small jar holding only the probe (no directories: AppCDS archives jars only). */
    static DeskLaunch on(Path dataDir, Path work) throws IOException {
        return on(dataDir, work, deskJar());
    }

    /** The same with the given desk jar (an A/B run of two builds: {@code -Dlom.bench.desk.jar.b}). */
    static DeskLaunch on(Path dataDir, Path work, Path deskJar) throws IOException {
        Path probeJar = work.resolve("desk-start-probe.jar");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(probeJar))) {
            for (Class<?> type : List.of(DeskStartProbe.class, ComponentLookup.class)) {
                String entry = type.getName().replace('.', '/') + ".class";
                jar.putNextEntry(new JarEntry(entry));
                try (InputStream in = DeskLaunch.class.getClassLoader().getResourceAsStream(entry)) {
                    in.transferTo(jar);
                }
                jar.closeEntry();
            }
        }
        System.out.println("desk launched from " + deskJar);
        return new DeskLaunch(dataDir, deskJar, deskJar + java.io.File.pathSeparator + probeJar, work);
    }

    /**
     * Writes {@code archive} as the installed desk's install script does (ADR 0133): the launcher's training mode
     * ({@code --make-start-archive}: no display, no user) with {@code -XX:ArchiveClassesAtExit}, on top of the
     * runtime's own archive {@code base}; the desk jar alone on the class path (the probe's jar follows it in the
     * timed launches, which CDS allows).
     */
    void trainAsInstalled(List<String> jvmOptions, Path base, Path archive) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-XX:SharedArchiveFile=" + base, "-XX:ArchiveClassesAtExit=" + archive,
                "-Xlog:cds*=off", "-cp", deskJar.toString(), "be.antwerpen.lom.client.install.DeskLauncherMain",
                "--make-start-archive"));
        Path log = work.resolve("install-training.log");
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!child.waitFor(5, TimeUnit.MINUTES) || child.exitValue() != 0 || !Files.isRegularFile(archive)) {
            child.destroyForcibly();
            throw new IllegalStateException("the install-time training wrote no archive; see " + log);
        }
    }

    private static Path deskJar() throws IOException {
        String given = System.getProperty("lom.bench.desk.jar", "").strip();
        if (!given.isEmpty()) {
            return Path.of(given).toAbsolutePath();
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("client", "target"), "client-*-all.jar")) {
            for (Path jar : jars) {
                return jar.toAbsolutePath();
            }
        } catch (IOException e) {
            // fall through
        }
        throw new IllegalStateException("no client/target/client-*-all.jar: build the desk (./mvnw -o -q -B -pl bench"
                + " -am package -DskipTests) or give -Dlom.bench.desk.jar");
    }

    /**
     * One launch with these extra JVM options, after the product's JIT plan as the desk's launcher passes it
     * ({@code -Dlom.bench.desk.jit=default}: without it); the child's own output goes to a log file in the work
     * folder.
     */
    Figures launch(List<String> jvmOptions, int rows, String label) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JitPlan.options("lom.bench.desk.jit"));
        command.addAll(jvmOptions);
        // the child's preferences (theme, language) in the work folder, not the user's own
        command.add("-Djava.util.prefs.userRoot=" + work.resolve("prefs"));
        command.add("-Dlom.bench.rows=" + rows);
        command.addAll(List.of("-cp", classPath, DeskStartProbe.class.getName(), "--server", "http://127.0.0.1:9",
                "--data-dir", dataDir.toString()));
        Path log = work.resolve("child-" + label + ".log");
        long start = System.nanoTime();
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        double shown = -1;
        double usable = -1;
        long uptime = -1;
        long cpu = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8)); OutputStream logged = Files.newOutputStream(log)) {
            String line;
            while ((line = out.readLine()) != null) {
                long now = System.nanoTime();
                if (line.equals("PROBE login-shown")) {
                    shown = (now - start) / 1e6;
                } else if (line.equals("PROBE usable")) {
                    usable = (now - start) / 1e6;
                } else if (line.startsWith("PROBE uptime ")) {
                    uptime = Long.parseLong(line.substring("PROBE uptime ".length()));
                } else if (line.startsWith("PROBE cpu ")) {
                    cpu = Long.parseLong(line.substring("PROBE cpu ".length()));
                }
                logged.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!child.waitFor(2, TimeUnit.MINUTES)) {
            child.destroyForcibly();
        }
        if (usable < 0) {
            throw new IllegalStateException("the desk did not reach a usable agenda (exit " + child.exitValue()
                    + "); see " + log);
        }
        return new Figures(shown, usable, uptime, cpu);
    }
}
