package be.antwerpen.lom.client.install;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.store.LocalDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmokeCheckTest {

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void smoke_run_creates_the_database_renders_a_pdf_and_exits_zero() throws IOException {
        int exit = SmokeCheck.run(new String[] {"--smoke", "--data-dir", dataDir.toString(), "--location", "berchem",
                "--desk", "Loket 4"}, print(out), print(err));

        assertThat(exit).as(text(err)).isZero();
        assertThat(text(out)).startsWith("loket-op-maat smoke OK:").contains("schema " + newestMigrationVersion()).contains("0 pending commands");
        assertThat(text(out).lines()).hasSize(1);
        assertThat(dataDir.resolve(LocalDatabase.FILE_NAME)).isRegularFile();
        Path packFolder = dataDir.resolve(SmokeCheck.FOLDER_NAME);
        try (Stream<Path> files = Files.list(packFolder)) {
            assertThat(files.filter(f -> f.toString().endsWith(".pdf")).count()).isEqualTo(4);
        }
        try (PDDocument cover = Loader.loadPDF(packFolder.resolve("00-cover.pdf").toFile())) {
            assertThat(cover.getNumberOfPages()).isPositive();
        }
        assertThat(dataDir.resolve("downtime-pack")).as("never among the real packs").doesNotExist();
    }

    /** The newest version among the desk's migration scripts, so the check follows every new migration. */
    private static int newestMigrationVersion() throws IOException {
        try (Stream<Path> scripts = Files.list(Path.of(URI.create(
                SmokeCheckTest.class.getResource("/db/migration/client").toString())))) {
            return scripts.map(p -> p.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max().orElseThrow();
        }
    }

    @Test
    void second_smoke_run_reopens_the_same_database_and_replaces_the_test_pack() {
        String[] args = {"--smoke", "--data-dir", dataDir.toString()};
        assertThat(SmokeCheck.run(args, print(out), print(err))).isZero();

        assertThat(SmokeCheck.run(args, print(out), print(err))).as(text(err)).isZero();
        assertThat(text(out).lines()).hasSize(2).allMatch(line -> line.startsWith("loket-op-maat smoke OK:"));
    }

    @Test
    void unusable_data_folder_fails_with_a_readable_message_and_exit_one() throws IOException {
        Path notAFolder = Files.writeString(dataDir.resolve("occupied"), "a file where the data folder should be");

        int exit = SmokeCheck.run(new String[] {"--smoke", "--data-dir", notAFolder.toString()}, print(out), print(err));

        assertThat(exit).isEqualTo(1);
        assertThat(text(out)).isEmpty();
        assertThat(text(err)).startsWith("loket-op-maat smoke FAILED: could not open the local database in " + notAFolder)
                .doesNotContain("\tat ");
    }

    @Test
    void bad_configuration_fails_the_smoke_check_naming_the_option() {
        int exit = SmokeCheck.run(new String[] {"--smoke", "--data-dir", dataDir.toString(), "--location", "gent"},
                print(out), print(err));

        assertThat(exit).isEqualTo(1);
        assertThat(text(err)).contains("location gent is not in the reference data");
    }

    @Test
    void smoke_is_requested_only_by_its_flag() {
        assertThat(SmokeCheck.requested(new String[] {"--data-dir", "/tmp/x", "--smoke"})).isTrue();
        assertThat(SmokeCheck.requested(new String[] {"--server", "http://127.0.0.1:8080"})).isFalse();
    }

    private static PrintStream print(ByteArrayOutputStream target) {
        return new PrintStream(target, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream target) {
        return target.toString(StandardCharsets.UTF_8);
    }
}
