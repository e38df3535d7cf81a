package be.antwerpen.lom.bench.measure;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The JIT plan the product's launchers start the desk and the server with (ADR 0135: C2 compiles only crypto, the
 * slot search and the PDF pack), for the JVMs a bench launches itself, and a word on whether the bench's own JVM
 * (where an in-process desk runs) has it. The benches run from the repository's root folder.
 */
public final class JitPlan {

    /** The one file every launcher names; a bench reads it where the build keeps it. */
    public static final Path DIRECTIVES = Path.of("installer", "src", "jvm", "compiler-directives.json");
    private static final String FILE_OPTION = "-XX:CompilerDirectivesFile=";

    private JitPlan() {
    }

    /**
     * The JVM options as the product's launchers pass them, or none (the JVM's defaults) when the system property
     * {@code property} is {@code default}, for an A/B run.
     */
    public static List<String> options(String property) {
        String chosen = System.getProperty(property, "product").strip();
        if (chosen.equals("default")) {
            return List.of();
        }
        if (!chosen.equals("product")) {
            throw new IllegalArgumentException(property + " must be product or default, not " + chosen);
        }
        return productOptions();
    }

    private static List<String> productOptions() {
        if (!Files.isRegularFile(DIRECTIVES)) {
            throw new IllegalStateException("no " + DIRECTIVES.toAbsolutePath() + ": run the bench from the"
                    + " repository's root folder");
        }
        return List.of("-XX:+UnlockDiagnosticVMOptions", FILE_OPTION + DIRECTIVES.toAbsolutePath(),
                "-XX:+DisplayVMOutputToStderr");
    }

    /** Whether this JVM was started with the product's JIT plan, for a bench's header line. */
    public static String ofThisJvm() {
        boolean planned = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(a -> a.startsWith(FILE_OPTION) && a.endsWith(DIRECTIVES.getFileName().toString()));
        return planned ? "this JVM has the product's JIT plan (ADR 0135)"
                : "this JVM has the JVM's default JIT, not the product's plan (ADR 0135: start it with "
                        + String.join(" ", productOptions()) + ")";
    }
}
