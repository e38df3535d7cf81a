package be.antwerpen.lom.client.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Folders and files of the desk only its own account may read (ADR 0045): folders 0700 and files 0600,
 * set when they are created and tightened when they already exist. Without POSIX permissions (Windows)
 * the folder under the user's profile is already private to that account.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    /** Creates {@code folder} (and its missing parents) as 0700, or makes an existing one 0700. */
    public static Path directory(Path folder) throws IOException {
        if (!POSIX) {
            return Files.createDirectories(folder);
        }
        if (!Files.isDirectory(folder)) {
            Path parent = folder.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                Files.createDirectories(parent);
            }
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(FOLDER));
            } catch (FileAlreadyExistsException raced) {
                // made meanwhile; tightened below
            }
        }
        Files.setPosixFilePermissions(folder, FOLDER);
        return folder;
    }

    /**
     * Makes {@code file} 0600 when it exists; creates it empty with 0600 first when {@code create}
     * (so that, e.g., SQLite's write-ahead log never exists with wider permissions).
     */
    public static void file(Path file, boolean create) throws IOException {
        if (!POSIX) {
            return;
        }
        if (create && !Files.exists(file)) {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            } catch (FileAlreadyExistsException raced) {
                // made meanwhile; tightened below
            }
        }
        if (Files.exists(file)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    /** Makes every folder under {@code root} 0700 and every file 0600 (e.g. a pack just written). */
    public static void tighten(Path root) throws IOException {
        if (!POSIX || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : (Iterable<Path>) all::iterator) {
                Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
            }
        }
    }
}
