package be.antwerpen.lom.client.install;

import be.antwerpen.lom.client.store.PrivateFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Creates the installed desk's log folder and log file readable by their user only (folder 0700, file
 * 0600, missing parents such as the data folder 0700 too) before logback opens them: logback creates files
 * with the process umask (0644, folders 0755), and the log sits in the data folder next to personal data.
 * The files logback creates later (the new {@code desk.log} after a rollover, the compressed archives) are
 * handled by {@link PrivateRollingFileAppender}. On file systems without POSIX permissions (Windows) the
 * folder is only created; there the per-user profile folder's ACL protects it.
 */
final class PrivateLogFolder {

    static final String LOG_FILE_NAME = "desk.log";

    private PrivateLogFolder() {
    }

    /**
     * Prepares {@code folder} and {@code folder/desk.log} owner-only.
     *
     * @return false when that failed: logback then creates what it can and the desk still starts, but the
     *         caller must say so (logging is not set up yet at this point)
     */
    static boolean prepare(Path folder) {
        try {
            PrivateFiles.directory(folder);
            PrivateFiles.file(folder.resolve(LOG_FILE_NAME), true);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
