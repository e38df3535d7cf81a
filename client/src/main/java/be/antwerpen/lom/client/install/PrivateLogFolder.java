package be.antwerpen.lom.client.install;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Creates the installed desk's log folder and log file readable by their user only (folder 0700, file
 * 0600) before logback opens them: logback creates files with the process umask (0644, folders 0755), and
 * the log sits in the data folder next to personal data. Files logback rolls over later land inside the
 * 0700 folder. On file systems without POSIX permissions (Windows) the folder is only created; there the
 * per-user profile folder's ACL protects it.
 */
final class PrivateLogFolder {

    static final String LOG_FILE_NAME = "desk.log";
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateLogFolder() {
    }

    /** Prepares {@code folder} and {@code folder/desk.log}; a failure is left to logback to report. */
    static void prepare(Path folder) {
        try {
            if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(folder);
                return;
            }
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
            Files.setPosixFilePermissions(folder, FOLDER);
            Path file = folder.resolve(LOG_FILE_NAME);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            } catch (FileAlreadyExistsException e) {
                Files.setPosixFilePermissions(file, FILE);
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // Logback then creates what it can and says so on standard error; the desk still starts.
        }
    }
}
