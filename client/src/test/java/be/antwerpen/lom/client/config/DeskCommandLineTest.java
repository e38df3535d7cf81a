package be.antwerpen.lom.client.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.client.ClientMain;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** ADR 0107: the desk's command line read by picocli, with generated help and one-line errors. */
class DeskCommandLineTest {

    @Test
    void theDeskProgramTakesItsOptionsAsBefore() {
        ClientOptions options = ClientOptions.parse(new String[] {"--server", "https://loket.example.be",
                "--enroll-code", "ABC-123", "--data-dir", "/tmp/desk", "--trust-store", "city.p12",
                "--trust-store-password", "pw", "--lang", "en", "--offline-grace-hours", "24",
                "--idle-lock-minutes=0"});

        assertThat(options).isEqualTo(new ClientOptions("https://loket.example.be", "ABC-123", Path.of("/tmp/desk"),
                Path.of("city.p12"), "pw", "en", Duration.ofHours(24), Duration.ZERO));
        assertThat(ClientOptions.parse(new String[0]).serverUrl()).isEqualTo(ClientOptions.DEFAULT_SERVER);
    }

    @Test
    void aBadCommandLineIsOneReadableSentence() {
        assertThatThrownBy(() -> ClientOptions.parse(new String[] {"--sever", "x"}))
                .hasMessage("unknown option --sever");
        assertThatThrownBy(() -> ClientOptions.parse(new String[] {"--server"}))
                .hasMessage("option --server needs a value");
        assertThatThrownBy(() -> ClientOptions.parse(new String[] {"--lang", "fr"}))
                .hasMessage("--lang must be nl or en");
        assertThatThrownBy(() -> ClientOptions.parse(new String[] {"--idle-lock-minutes", "-1"}))
                .hasMessage("--idle-lock-minutes must not be negative");
        assertThatThrownBy(() -> ClientOptions.parse(new String[] {"--location", "deurne"}))
                .as("a launcher setting is not an option of the desk program").hasMessage("unknown option --location");
        assertThatThrownBy(() -> ClientOptions.parse(new String[] {"stray"}))
                .hasMessage("unexpected argument stray");
    }

    @Test
    void theLauncherAlsoTakesTheSettingsAnITDepartmentPreSeeds() {
        DeskCommandLine.Parsed parsed = DeskCommandLine.parse(new String[] {"--smoke", "--location", "deurne",
                "--desk", "Loket 3", "--log-level", "debug"}, true);

        assertThat(parsed.smoke()).isTrue();
        assertThat(parsed.values()).containsEntry("--location", "deurne").containsEntry("--desk", "Loket 3")
                .containsEntry("--log-level", "debug");
    }

    @Test
    void helpIsGenerated() {
        assertThat(DeskCommandLine.helpRequested(new String[] {"--help"})).isTrue();
        assertThat(DeskCommandLine.usage(false)).contains("--server=URL", "--idle-lock-minutes=MINUTES", "--lang=nl|en")
                .doesNotContain("--smoke");
        assertThat(DeskCommandLine.usage(true)).contains("--smoke", "--location=LOCATION", "desk.properties");
    }

    @Test
    void theDeskProgramExitsWithCodeTwoAndOneLineWithoutAStackTrace() throws Exception {
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), ClientMain.class.getName(),
                "--idle-lock-minuts", "5")).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(DeskCommandLine.BAD_USAGE);
        assertThat(err.strip()).isEqualTo("loket-op-maat: unknown option --idle-lock-minuts (--help lists the options)");
        assertThat(out).isEmpty();
    }
}
