package com.kraviabridge.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The claim of one bridge process on an embedded data directory: an operating-system lock on {@value #FILE_NAME}
 * in it, held from before the server is started until after it has stopped, and let go by the system when the
 * process dies however it dies. A second process is told at once that the directory is in use, instead of its
 * server waiting on the first server's file locks.
 */
final class DataDirectoryLock implements AutoCloseable {

    static final String FILE_NAME = "mariadb.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @throws StoreException naming the process that holds the directory, when another one does (or another
     *                        server of this very process)
     */
    static DataDirectoryLock acquire(Path baseDir) {
        Path file = baseDir.resolve(FILE_NAME);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException("cannot open the lock file " + file + " of the embedded MariaDB: " + e.getMessage(), e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(baseDir, "another bridge process (pid " + holder(channel) + ")");
            }
            // only for the message the next process shows; the lock itself is what counts
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            return new DataDirectoryLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw inUse(baseDir, "another embedded server of this same process (pid " + ProcessHandle.current().pid() + ")");
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("cannot lock " + file + " of the embedded MariaDB: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** Lets the directory go; the file stays, so the next process locks the same one. */
    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases it as well
        } finally {
            closeQuietly(channel);
        }
    }

    private static StoreException inUse(Path baseDir, String holder) {
        return new StoreException("the embedded MariaDB data directory " + baseDir + " is in use by " + holder
                + "; stop that one first");
    }

    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            channel.read(buffer, 0);
            String pid = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).trim();
            return pid.matches("\\d{1,19}") ? pid : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing left to do with it
        }
    }
}
