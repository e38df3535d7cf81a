package be.antwerpen.lom.client.install;

import be.antwerpen.lom.client.store.PrivateFiles;
import ch.qos.logback.core.rolling.RollingFileAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Logback's rolling file appender for the installed desk ({@link DeskLogConfiguration}), keeping its files
 * private to the desk's account on POSIX systems: each time it opens its log file (at start and after every
 * rollover) a missing folder is created 0700, the file is created 0600 before logback opens it, and the
 * folder's other log files ({@code desk.*}, e.g. the archive the previous rollover compressed) are made
 * 0600. Logback itself creates them with the process umask (0644). An archive still being compressed while
 * the new file opens is tightened at the next rollover or start; until then it lies in the 0700 log folder
 * ({@link PrivateLogFolder}), which no other account can enter. Files in the folder not named after the log
 * are left alone, as is an existing folder's mode (an operator may point the log elsewhere).
 */
public class PrivateRollingFileAppender<E> extends RollingFileAppender<E> {

    @Override
    public void openFile(String fileName) throws IOException {
        Path file = Path.of(fileName).toAbsolutePath();
        try {
            makePrivate(file);
        } catch (IOException | RuntimeException e) {
            addWarn("could not make the log files in " + file.getParent() + " private: " + e.getMessage());
        }
        super.openFile(fileName);
    }

    private static void makePrivate(Path file) throws IOException {
        Path folder = file.getParent();
        if (!Files.isDirectory(folder)) {
            PrivateFiles.directory(folder);
        }
        PrivateFiles.file(file, true);
        String name = file.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.') + 1) : name + ".";
        List<Path> logs;
        try (Stream<Path> files = Files.list(folder)) {
            logs = files.filter(f -> f.getFileName().toString().startsWith(stem))
                    .filter(f -> Files.isRegularFile(f) && !Files.isSymbolicLink(f))
                    .toList();
        }
        for (Path log : logs) {
            PrivateFiles.file(log, false);
        }
    }
}
