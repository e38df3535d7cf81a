package be.antwerpen.lom.client.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.client.store.PrivateModes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

    @TempDir
    Path dir;

    private final AtomicFileWriter writer = new AtomicFileWriter();

    @Test
    void a_new_file_gets_exactly_the_content_and_no_temporary_file_stays_behind() throws IOException {
        Path target = dir.resolve("reconciliation-antwerpen-2026-11-30.csv");

        writer.write(target, "report;location;antwerpen\r\n".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(target)).isEqualTo("report;location;antwerpen\r\n");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void an_existing_file_is_replaced_whole() throws IOException {
        Path target = dir.resolve("report.csv");
        Files.writeString(target, "an older and much longer report that must not shine through");

        writer.write(target, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void an_export_is_for_the_user_only_even_where_it_replaces_a_readable_file() throws IOException {
        PrivateModes.assumePosix();
        Path target = dir.resolve("day-end-antwerpen.csv");
        Files.writeString(target, "older");
        PrivateModes.widen(target);

        writer.write(target, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(PrivateModes.mode(target)).isEqualTo("rw-------");
    }

    @Test
    void when_the_file_cannot_be_written_the_target_is_untouched_and_nothing_half_is_left() throws IOException {
        Path target = dir.resolve("taken");
        Files.createDirectories(target.resolve("inside"));

        assertThatThrownBy(() -> writer.write(target, "content".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FileNotSavedException.class);

        assertThat(target).isDirectory();
        assertThat(target.resolve("inside")).isDirectory();
        assertThat(files()).containsExactly(target);
    }

    @Test
    void a_missing_folder_is_reported_and_not_created() {
        Path target = dir.resolve("missing").resolve("report.pdf");

        assertThatThrownBy(() -> writer.write(target, new byte[] {1, 2, 3}))
                .isInstanceOf(FileNotSavedException.class)
                .hasMessageNotContaining("report.pdf");

        assertThat(dir.resolve("missing")).doesNotExist();
    }

    private java.util.List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList();
        }
    }
}
