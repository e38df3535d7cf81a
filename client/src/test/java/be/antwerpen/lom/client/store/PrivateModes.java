package be.antwerpen.lom.client.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/** Test helper: the POSIX modes of what the desk wrote. */
public final class PrivateModes {

    private PrivateModes() {
    }

    /** Skips the calling test where the file system has no POSIX permissions (Windows). */
    public static void assumePosix() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
    }

    /** The mode of {@code path} as {@code ls -l} shows it, e.g. {@code rw-------}. */
    public static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    /** Asserts that {@code root} and every folder under it are 0700, every file 0600; returns how many files. */
    public static long assertAllPrivate(Path root) throws IOException {
        long files = 0;
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : (Iterable<Path>) all::iterator) {
                boolean folder = Files.isDirectory(path);
                assertThat(mode(path)).as("%s", root.relativize(path)).isEqualTo(folder ? "rwx------" : "rw-------");
                files += folder ? 0 : 1;
            }
        }
        return files;
    }

    /** Makes {@code path} readable by everyone (0755 folder, 0644 file), as the default umask would. */
    public static void widen(Path path) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
    }
}
