package be.antwerpen.lom.client.store;

import static be.antwerpen.lom.client.store.PrivateModes.mode;
import static be.antwerpen.lom.client.store.PrivateModes.widen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateFilesTest {

    @TempDir
    Path temp;

    @BeforeEach
    void posixOnly() {
        PrivateModes.assumePosix();
    }

    @Test
    void a_folder_and_its_missing_parents_are_created_0700_and_an_existing_parent_is_left_alone() throws IOException {
        widen(temp);
        Path folder = temp.resolve("share").resolve("loket-op-maat").resolve("downtime-pack");

        PrivateFiles.directory(folder);

        assertThat(mode(temp)).isEqualTo("rwxr-xr-x");
        assertThat(mode(temp.resolve("share"))).isEqualTo("rwx------");
        assertThat(mode(temp.resolve("share").resolve("loket-op-maat"))).isEqualTo("rwx------");
        assertThat(mode(folder)).isEqualTo("rwx------");
    }

    @Test
    void an_existing_folder_left_readable_is_tightened() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("data"));
        widen(folder);

        PrivateFiles.directory(folder);

        assertThat(mode(folder)).isEqualTo("rwx------");
    }

    @Test
    void a_new_folder_is_0700_and_an_existing_one_is_refused() throws IOException {
        Path folder = PrivateFiles.newDirectory(temp.resolve(".pack.staging-1"));

        assertThat(mode(folder)).isEqualTo("rwx------");
        assertThatThrownBy(() -> PrivateFiles.newDirectory(folder)).isInstanceOf(FileAlreadyExistsException.class);
    }

    @Test
    void a_new_file_is_0600_before_its_first_byte() throws IOException {
        Path file = temp.resolve("01-run-sheet.pdf");

        try (OutputStream out = PrivateFiles.newOutputStream(file)) {
            assertThat(mode(file)).isEqualTo("rw-------");
            out.write("%PDF".getBytes(StandardCharsets.US_ASCII));
        }

        assertThat(Files.readString(file)).isEqualTo("%PDF");
        assertThat(mode(file)).isEqualTo("rw-------");
    }

    @Test
    void an_existing_readable_file_is_emptied_and_made_0600_before_it_is_rewritten() throws IOException {
        Path file = Files.writeString(temp.resolve("pack.json"), "an older and much longer manifest");
        widen(file);

        try (OutputStream out = PrivateFiles.newOutputStream(file)) {
            assertThat(mode(file)).isEqualTo("rw-------");
            assertThat(Files.size(file)).isZero();
            out.write("{}".getBytes(StandardCharsets.US_ASCII));
        }

        assertThat(Files.readString(file)).isEqualTo("{}");
    }

    @Test
    void tighten_makes_a_whole_tree_private_but_does_not_follow_links_out_of_it() throws IOException {
        Path outside = Files.writeString(temp.resolve("elsewhere.txt"), "not the desk's");
        widen(outside);
        Path root = Files.createDirectories(temp.resolve("data").resolve("logs"));
        Path log = Files.writeString(root.resolve("desk.log"), "line");
        widen(root);
        widen(root.getParent());
        widen(log);
        Files.createSymbolicLink(root.resolve("link"), outside);

        PrivateFiles.tighten(temp.resolve("data"));

        assertThat(mode(temp.resolve("data"))).isEqualTo("rwx------");
        assertThat(mode(root)).isEqualTo("rwx------");
        assertThat(mode(log)).isEqualTo("rw-------");
        assertThat(mode(outside)).isEqualTo("rw-r--r--");
    }
}
