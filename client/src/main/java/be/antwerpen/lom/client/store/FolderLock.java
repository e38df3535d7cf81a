package be.antwerpen.lom.client.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a file in the desk's data folder, held while the desk's database is open: the operating
 * system's lock, so a killed program leaves none behind. The file is made private like the rest of the folder.
 */
final class FolderLock {

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock on {@code file}, or throws {@link DataFolderInUseException} when another program holds it. */
    static FolderLock take(Path file) throws IOException {
        PrivateFiles.file(file, true);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProgram) {
            lock = null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new DataFolderInUseException("another desk program already works on the data folder "
                    + file.getParent() + "; it stops instead of sharing it");
        }
        return new FolderLock(channel, lock);
    }

    /** Lets the lock go; the next program on the folder may take it. */
    void release() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException alreadyGone) {
            // the channel closed with its lock
        }
    }
}
