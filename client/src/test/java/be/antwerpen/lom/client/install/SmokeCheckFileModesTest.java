package be.antwerpen.lom.client.install;

import static be.antwerpen.lom.client.store.PrivateModes.mode;
import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.store.PrivateModes;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the package install test checks on the installed desk, here without the package: after the first
 * start's smoke check the data folder holds only 0700 folders and 0600 files (database, its WAL, the log,
 * the smoke-check pack written through the pack's staging folder).
 */
class SmokeCheckFileModesTest {

    @TempDir
    Path home;

    @BeforeEach
    void posixOnly() {
        PrivateModes.assumePosix();
    }

    @Test
    void the_first_start_leaves_every_folder_0700_and_every_file_0600() throws Exception {
        Path dataDir = home.resolve(".local").resolve("share").resolve("loket-op-maat");
        PrivateLogFolder.prepare(dataDir.resolve("logs"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = SmokeCheck.run(new String[] {"--smoke", "--data-dir", dataDir.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(mode(home.resolve(".local"))).isEqualTo("rwx------");
        assertThat(dataDir.resolve(SmokeCheck.FOLDER_NAME).resolve("pack.json")).isRegularFile();
        assertThat(PrivateModes.assertAllPrivate(dataDir)).isGreaterThanOrEqualTo(7);
    }

    @Test
    void the_modes_do_not_depend_on_the_umask_the_desk_is_started_with() throws Exception {
        Path dataDir = home.resolve("loket-op-maat");
        Path output = home.resolve("launcher.out");
        // umask 000 would make every file the desk leaves to the defaults world-writable (0666, folders 0777).
        Process launcher = new ProcessBuilder("sh", "-c", "umask 000 && exec \"$0\" -cp \"$1\" "
                + DeskLauncherMain.class.getName() + " --smoke --data-dir \"$2\"",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                System.getProperty("java.class.path"), dataDir.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean ended = launcher.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            launcher.destroyForcibly();
        }

        assertThat(ended).as("the launcher ended").isTrue();
        assertThat(launcher.exitValue()).as(Files.readString(output)).isZero();
        assertThat(Files.readString(output)).contains("loket-op-maat smoke OK");
        assertThat(PrivateModes.assertAllPrivate(dataDir)).isGreaterThanOrEqualTo(6);
    }
}
