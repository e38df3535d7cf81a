package be.antwerpen.lom.client.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Folders and files of the desk only its own account may read (ADR 0045): folders 0700 and files 0600.
 * Each is created with those permissions and then set to exactly them, so the result does not depend on
 * the process umask (which only takes permissions away at creation: 0700 under umask 0277 would be 0500);
 * existing ones are tightened. Every place the desk creates a folder or file in its data folder goes
 * through here (database, logs, downtime packs and their staging folders, the smoke-check pack). Without
 * POSIX permissions (Windows) the folder under the user's profile is already private to that account.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final FileAttribute<Set<PosixFilePermission>> FOLDER_ATTRIBUTE =
            PosixFilePermissions.asFileAttribute(FOLDER);
    private static final FileAttribute<Set<PosixFilePermission>> FILE_ATTRIBUTE =
            PosixFilePermissions.asFileAttribute(FILE);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    /**
     * Creates {@code folder} and each of its missing parents as 0700, or makes an existing {@code folder}
     * 0700 (existing parents are left as they are; missing ones are made 0700 as the XDG base-directory
     * rules ask of an application creating e.g. {@code ~/.local/share}).
     */
    public static Path directory(Path folder) throws IOException {
        if (!POSIX) {
            return Files.createDirectories(folder);
        }
        Deque<Path> missing = new ArrayDeque<>();
        for (Path level = folder.toAbsolutePath(); level != null && !Files.isDirectory(level); level = level.getParent()) {
            missing.push(level);
        }
        for (Path level : missing) {
            try {
                newDirectory(level);
            } catch (FileAlreadyExistsException raced) {
                if (!Files.isDirectory(level)) {
                    throw raced;
                }
            }
        }
        Files.setPosixFilePermissions(folder, FOLDER);
        return folder;
    }

    /**
     * Creates the new folder {@code folder} as 0700, like {@link Files#createDirectory}: its parent must
     * exist and the folder must not.
     *
     * @throws FileAlreadyExistsException when it exists
     */
    public static Path newDirectory(Path folder) throws IOException {
        if (!POSIX) {
            return Files.createDirectory(folder);
        }
        Files.createDirectory(folder, FOLDER_ATTRIBUTE);
        Files.setPosixFilePermissions(folder, FOLDER);
        return folder;
    }

    /**
     * Opens {@code file} for writing from its start, created as 0600 (an existing file is emptied and made
     * 0600 before the first byte is written). The caller closes the stream; it is not buffered.
     */
    public static OutputStream newOutputStream(Path file) throws IOException {
        if (!POSIX) {
            return Files.newOutputStream(file);
        }
        SeekableByteChannel channel = Files.newByteChannel(file, Set.of(StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), FILE_ATTRIBUTE);
        try {
            Files.setPosixFilePermissions(file, FILE);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        return Channels.newOutputStream(channel);
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
                Files.createFile(file, FILE_ATTRIBUTE);
            } catch (FileAlreadyExistsException raced) {
                // made meanwhile; tightened below
            }
        }
        if (Files.exists(file)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    /** Makes every folder under {@code root} 0700 and every file 0600 (e.g. left wider by an older version). */
    public static void tighten(Path root) throws IOException {
        if (!POSIX || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : (Iterable<Path>) all::iterator) {
                if (Files.isSymbolicLink(path)) {
                    continue; // chmod would change what the link points at
                }
                Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
            }
        }
    }
}
