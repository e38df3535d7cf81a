package be.antwerpen.lom.client.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JIT plan both programs start with (ADR 0135, {@code installer/src/jvm/compiler-directives.json}), with real
 * JVMs: the JVM accepts the file; with it, the password derivation still gets C2 (so a login stays fast) while hot
 * plumbing code stays on C1; without it the same plumbing code does reach C2, so the check can fail. And every
 * launcher of the product passes the file.
 */
class CompilerDirectivesTest {

    static final Path DIRECTIVES = Path.of("..", "installer", "src", "jvm", "compiler-directives.json");
    static final String OPTION = "-XX:CompilerDirectivesFile=";
    private static final String PLUMBING = "be.antwerpen.lom.model.json.IsoTimeText::utcText";

    @TempDir
    Path temp;

    @Test
    void with_the_directives_only_the_crypto_gets_c2_and_without_them_the_plumbing_does_too() throws Exception {
        List<String> planned = List.of("-XX:+UnlockDiagnosticVMOptions", OPTION + DIRECTIVES.toAbsolutePath(),
                "-XX:+DisplayVMOutputToStderr");
        List<String> withPlan = c2Compiled(planned, "planned");
        List<String> without = c2Compiled(List.of(), "default");

        assertThat(withPlan).as("C2 compiles the password derivation's hash")
                .anyMatch(m -> m.startsWith("sun.security.provider.") || m.startsWith("com.sun.crypto.provider."));
        assertThat(withPlan).as("only crypto, the slot search and the PDF pack get C2").allMatch(m ->
                m.startsWith("sun.security.provider.") || m.startsWith("com.sun.crypto.provider.")
                        || m.startsWith("javax.crypto.") || m.startsWith("java.security.")
                        || m.startsWith("be.antwerpen.lom.model.slot.") || m.startsWith("org.apache.pdfbox.")
                        || m.startsWith("org.apache.fontbox.") || m.startsWith("com.google.zxing."));
        assertThat(withPlan).doesNotContain(PLUMBING);
        assertThat(without).as("the probe's plumbing is hot enough for C2 without the directives").contains(PLUMBING);
    }

    @Test
    void every_launcher_of_the_product_passes_the_directives() throws Exception {
        Path root = Path.of("..");
        String demo = Files.readString(root.resolve("run-demo.sh"));
        String server = Files.readString(root.resolve(Path.of("sync-server", "src", "dist", "bin", "loket-server")));
        String desk = Files.readString(root.resolve(Path.of("installer", "src", "jpackage", "common",
                "app-image.txt")));

        assertThat(Files.isRegularFile(DIRECTIVES)).isTrue();
        assertThat(demo).contains("installer/src/jvm/compiler-directives.json", "-XX:+UnlockDiagnosticVMOptions");
        // the server and the desk, each launched once in the demo
        assertThat(demo.split(Pattern.quote("java \"${jit[@]}\""), -1)).hasSize(3);
        assertThat(server).contains("lib/compiler-directives.json", "-XX:+UnlockDiagnosticVMOptions", OPTION);
        assertThat(desk).contains(OPTION + "$APPDIR/compiler-directives.json", "-XX:+UnlockDiagnosticVMOptions");
    }

    /** Methods C2 compiled (level 4) while the probe ran in a JVM with these options, from its JFR recording. */
    private List<String> c2Compiled(List<String> options, String label) throws Exception {
        Path recording = temp.resolve(label + ".jfr");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.add("-XX:StartFlightRecording=filename=" + recording + ",jdk.Compilation#threshold=0ms");
        command.addAll(List.of("-Xlog:disable", "-cp", classPath(), CompilerDirectivesProbe.class.getName()));
        Path out = temp.resolve(label + ".out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the probe did not end: " + command);
        }
        assertThat(process.exitValue()).as(Files.readString(out)).isZero();
        assertThat(Files.readString(out)).contains("probe done");
        List<String> compiled = new ArrayList<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (event.getEventType().getName().equals("jdk.Compilation") && event.getShort("compileLevel") == 4) {
                RecordedMethod method = event.getValue("method");
                compiled.add(method.getType().getName() + "::" + method.getName());
            }
        }
        return compiled;
    }

    private static String classPath() {
        // surefire runs the tests from a manifest-only jar and names the real class path here
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }
}
