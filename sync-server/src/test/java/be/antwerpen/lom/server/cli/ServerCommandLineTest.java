package be.antwerpen.lom.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.server.ServerMain;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ADR 0107: the server's command line read by picocli, with generated help and one-line errors. */
class ServerCommandLineTest {

    private final ServerCommandLine commandLine = new ServerCommandLine(Map.of("LOM_PORT", "1", "LOM_DEMO", "false"));

    @Test
    void everyOptionNameOfTheOldParserStillWorksWithItsValueAndEnvironmentFallback() {
        Options serve = commandLine.options("serve", "--host", "0.0.0.0", "--port=9443", "--data-dir", "/tmp/x",
                "--db", "jdbc:sqlite:x.db", "--db-user", "u", "--db-password", "p", "--demo", "--keystore", "k.p12",
                "--keystore-password", "kp", "--allow-plain-http", "--reference", "ref.json", "--tls-cert", "c.pem",
                "--tls-key", "k.pem", "--tls-reload-seconds", "30", "--metrics-token", "t", "--audit-key-file", "a.key",
                "--audit-sign-minutes", "2", "--pbkdf2-iterations", "1000", "--db-url", "jdbc:sqlite:y.db");

        assertThat(serve.get("host", null)).isEqualTo("0.0.0.0");
        assertThat(serve.intValue("port", 8080)).isEqualTo(9443);
        assertThat(serve.flag("demo")).isTrue();
        assertThat(serve.flag("allow-plain-http")).isTrue();
        assertThat(serve.intValue("audit-sign-minutes", 5)).isEqualTo(2);
        assertThat(commandLine.options("serve").intValue("port", 8080)).as("LOM_PORT").isEqualTo(1);
        assertThat(commandLine.options("serve").flag("demo")).isFalse();
        assertThat(commandLine.options("set-seat-lease-policy", "--location", "deurne", "--days-ahead", "3",
                "--own-seats", "1", "--other-seats", "0", "--max-share-percent", "10", "--lease-minutes", "20",
                "--return-minutes-before", "60", "--silence-hours", "12").intValue("silence-hours", 0)).isEqualTo(12);
        assertThat(commandLine.options("verify-audit", "--anchors", "a,b", "--public-key", "k", "--anchors-since",
                "2026-12-01T10:00:00Z").get("anchors", null)).isEqualTo("a,b");
        assertThat(commandLine.options("create-staff", "--username", "u", "--role", "ADMIN", "--locations", "a,b",
                "--display-name", "N", "--new-password", "p").get("display-name", null)).isEqualTo("N");
        assertThat(commandLine.options("issue-enrollment-codes", "--csv", "d.csv", "--format", "json",
                "--valid-hours", "72").get("format", null)).isEqualTo("json");
        assertThat(commandLine.options("serve", "--port", "1", "--port", "2").intValue("port", 0))
                .as("the last value wins, as before").isEqualTo(2);
    }

    @Test
    void badCommandLinesGiveOneReadableLine() {
        assertThatThrownBy(() -> commandLine.options("serve", "--prot", "8080"))
                .hasMessage("unknown option --prot for serve (--help lists the options)");
        assertThatThrownBy(() -> commandLine.options("serve", "--port"))
                .hasMessage("--port needs a value");
        assertThatThrownBy(() -> commandLine.parse(new String[] {"srve"}, System.out))
                .hasMessage("unknown command srve (--help lists the commands)");
        assertThatThrownBy(() -> commandLine.options("list-devices", "--demo"))
                .hasMessage("unknown option --demo for list-devices (--help lists the options)");
        assertThatThrownBy(() -> commandLine.options("serve", "--port", "eighty").intValue("port", 8080))
                .hasMessage("--port must be a number");
    }

    @Test
    void helpIsGeneratedForTheProgramAndEachCommand() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);

        assertThat(commandLine.parse(new String[] {"--help"}, print)).isEmpty();
        assertThat(commandLine.parse(new String[0], print)).isEmpty();
        assertThat(commandLine.parse(new String[] {"help", "set-seat-lease-policy"}, print)).isEmpty();
        assertThat(commandLine.parse(new String[] {"serve", "--help"}, print)).isEmpty();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("serve", "create-staff", "verify-audit", "seat-capacity", "LOM_<OPTION>")
                .contains("--return-minutes-before=MINUTES", "--metrics-token=TOKEN", "--allow-plain-http");
    }

    @Test
    void theProgramExitsWithCodeTwoAndOneLineWithoutAStackTrace(@TempDir Path dir) throws Exception {
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ServerMain.class.getName(), "serve", "--prot", "8080",
                "--data-dir", dir.toString())).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        String out = read(process);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(ServerCommandLine.BAD_USAGE);
        assertThat(err.strip()).isEqualTo("Error: unknown option --prot for serve (--help lists the options)");
        assertThat(out).isEmpty();
    }

    private static String read(Process process) throws IOException {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
