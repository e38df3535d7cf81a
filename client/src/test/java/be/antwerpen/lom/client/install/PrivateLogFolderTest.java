package be.antwerpen.lom.client.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateLogFolderTest {

    @TempDir
    Path temp;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
    }

    @Test
    void createsTheDataAndLogFoldersForTheUserOnly() throws Exception {
        Path logs = temp.resolve("data").resolve("logs");

        PrivateLogFolder.prepare(logs);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(temp.resolve("data")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(logs))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(logs.resolve("desk.log"))))
                .isEqualTo("rw-------");
    }

    @Test
    void tightensALogFolderAndFileAnOlderVersionLeftReadable() throws Exception {
        Path logs = Files.createDirectories(temp.resolve("logs"));
        Files.setPosixFilePermissions(logs, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path log = Files.writeString(logs.resolve("desk.log"), "2026-12-01 earlier line\n");
        Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-r--r--"));

        PrivateLogFolder.prepare(logs);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(logs))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log))).isEqualTo("rw-------");
        assertThat(Files.readString(log)).isEqualTo("2026-12-01 earlier line\n");
    }
}
