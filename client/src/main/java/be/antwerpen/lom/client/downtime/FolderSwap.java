package be.antwerpen.lom.client.downtime;

import be.antwerpen.lom.client.store.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a folder by a completely written one: the new content is written into a hidden
 * staging folder next to the target and only then renamed into place, so a half-written pack
 * never replaces a good one. The old folder is moved aside first and restored if the final
 * rename fails. The staging folder is 0700 and the files written into it are created 0600
 * ({@link PrivateFiles#newOutputStream}), so the published folder is private from its first moment.
 */
final class FolderSwap {

    static final String STAGING_MARK = ".staging-";
    static final String RETIRED_MARK = ".retired-";
    private static final Logger LOG = LoggerFactory.getLogger(FolderSwap.class);

    /**
     * A new, empty staging folder next to {@code target}, private to the desk's account (0700, as are
     * missing parents it creates): the files written into it hold personal data.
     */
    Path stage(Path target) throws IOException {
        PrivateFiles.directory(target.toAbsolutePath().getParent());
        return PrivateFiles.newDirectory(sibling(target, STAGING_MARK));
    }

    /** Moves the staged folder into place of {@code target}, after flushing its files to disk. */
    void publish(Path staged, Path target) throws IOException {
        flushFiles(staged);
        Path retired = null;
        if (Files.exists(target)) {
            retired = sibling(target, RETIRED_MARK);
            move(target, retired);
        }
        try {
            move(staged, target);
        } catch (IOException e) {
            if (retired != null) {
                move(retired, target);
            }
            throw e;
        }
        if (retired != null) {
            deleteQuietly(retired);
        }
    }

    /** Deletes a folder and everything in it, logging (not throwing) when that fails. */
    void deleteQuietly(Path folder) {
        try {
            deleteRecursively(folder);
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not delete folder {}: {}", folder.getFileName(), e.getMessage());
        }
    }

    /** Forces every file's content to the disk, so a power cut after the rename cannot leave empty files. */
    private static void flushFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            }
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static Path sibling(Path target, String mark) {
        return target.resolveSibling("." + target.getFileName() + mark + UUID.randomUUID());
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
