package be.antwerpen.lom.client.install;

import static be.antwerpen.lom.client.store.PrivateModes.mode;
import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.store.PrivateModes;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
}
