package be.antwerpen.lom.client.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed desk's class-data archive (ADR 0133), with real JVMs: the launcher's training mode writes an
 * archive that a start then uses on top of the runtime's own; a missing or stale archive is never an error, the JVM
 * starts without it; and the recorded list of start classes still names this build's classes.
 */
class StartArchiveTrainingTest {

    @TempDir
    Path temp;

    @Test
    void the_recorded_start_classes_are_still_this_build_s_classes() throws Exception {
        List<String> names;
        try (InputStream in = StartArchiveTraining.class.getResourceAsStream(StartArchiveTraining.START_CLASSES)) {
            assertThat(in).as("the recorded class list is in the jar").isNotNull();
            names = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
        List<String> desk = names.stream().filter(n -> n.startsWith("be.antwerpen.lom.")).toList();
        long missing = desk.stream().filter(n -> !exists(n)).count();

        assertThat(names).hasSizeGreaterThan(3_000);
        assertThat(desk).hasSizeGreaterThan(200);
        assertThat(missing).as("desk classes of the recorded start that are gone: record the list again"
                + " (docs/perf-notes/client.md)").isLessThanOrEqualTo(desk.size() / 10);
        assertThat(StartArchiveTraining.loadRecordedStartClasses()).isGreaterThanOrEqualTo(names.size() * 9 / 10);
    }

    @Test
    void the_training_writes_an_archive_a_start_uses_and_a_missing_or_stale_one_is_no_error() throws Exception {
        Path base = Path.of(System.getProperty("java.home"), "lib", "server", "classes.jsa");
        assumeTrue(Files.isRegularFile(base), "this JDK has no default class-data archive");
        Path jar = deskJar();
        String classPath = classPath(jar);
        Path archive = temp.resolve("desk-start.jsa");

        Result training = java(List.of("-XX:SharedArchiveFile=" + base, "-XX:ArchiveClassesAtExit=" + archive,
                "-Xlog:disable"), classPath, StartArchiveTraining.OPTION);
        assertThat(training.exit()).as(training.output()).isZero();
        assertThat(training.output()).contains("start archive training done");
        assertThat(archive).isNotEmptyFile();

        String both = "-XX:SharedArchiveFile=" + base + File.pathSeparator + archive;
        Result used = java(List.of("-Xshare:on", both, "-Xlog:class+load=info"), classPath, "--help");
        assertThat(used.exit()).as(used.output()).isZero();
        assertThat(used.output()).contains(DeskLauncherMain.class.getName() + " source: shared objects file (top)");

        Result missing = java(List.of("-XX:SharedArchiveFile=" + base + File.pathSeparator + temp.resolve("none.jsa")),
                classPath, "--help");
        assertThat(missing.exit()).as(missing.output()).isZero();
        assertThat(missing.output()).contains("--data-dir");

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        Result stale = java(List.of(both, "-Xlog:class+load=info"), classPath, "--help");
        assertThat(stale.exit()).as(stale.output()).isZero();
        assertThat(stale.output()).contains("--data-dir")
                .doesNotContain(DeskLauncherMain.class.getName() + " source: shared objects file");
    }

    private record Result(int exit, String output) {
    }

    private Result java(List<String> options, String classPath, String argument) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-Djava.awt.headless=true", "-cp", classPath, DeskLauncherMain.class.getName(),
                argument));
        Path out = Files.createTempFile(temp, "java", ".out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the JVM did not end: " + command);
        }
        return new Result(process.exitValue(), Files.readString(out));
    }

    /** The desk's own classes (client and shared model) in one jar: class-data archives hold classes from jars. */
    private Path deskJar() throws IOException {
        Path jar = temp.resolve("desk.jar");
        Set<String> written = new HashSet<>();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Path folder : classFolders()) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(folder)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path file : files) {
                    String name = folder.relativize(file).toString().replace(File.separatorChar, '/');
                    // folder entries too, as a built jar has them: Flyway finds the migrations through them
                    for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
                        if (written.add(name.substring(0, slash + 1))) {
                            out.putNextEntry(new JarEntry(name.substring(0, slash + 1)));
                            out.closeEntry();
                        }
                    }
                    if (written.add(name)) {
                        out.putNextEntry(new JarEntry(name));
                        Files.copy(file, out);
                        out.closeEntry();
                    }
                }
            }
        }
        return jar;
    }

    private static List<Path> classFolders() {
        return entries().stream().map(Path::of).filter(Files::isDirectory)
                .filter(p -> !p.endsWith("test-classes")).toList();
    }

    private static String classPath(Path jar) {
        List<String> path = new ArrayList<>(List.of(jar.toString()));
        entries().stream().filter(e -> e.endsWith(".jar") && Files.isRegularFile(Path.of(e))).forEach(path::add);
        return String.join(File.pathSeparator, path);
    }

    private static List<String> entries() {
        // surefire runs the tests from a manifest-only jar and names the real class path here
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return List.of(path.split(File.pathSeparator));
    }

    private static boolean exists(String name) {
        return StartArchiveTraining.class.getClassLoader()
                .getResource(name.replace('.', '/') + ".class") != null;
    }
}
