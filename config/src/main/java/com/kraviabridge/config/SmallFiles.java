package com.kraviabridge.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads the files the configuration names (the property file, {@code file:} references) whole, but never more
 * than they can sensibly hold, and never waits forever: {@code /dev/zero} would fill the heap and a pipe nobody
 * writes to would block the start for good.
 *
 * @param patience how long a pipe or device may take to give its content; a regular file is read directly
 */
record SmallFiles(Duration patience) {

    static final Duration DEFAULT_PATIENCE = Duration.ofSeconds(5);

    /** What was read would not do; the message completes "the file …" or "refers to file …, which …". */
    static class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    /** More than the limit: most likely the wrong file, or a device that never ends. */
    static final class TooLarge extends Refused {
        TooLarge(int maxBytes) {
            super("holds more than " + size(maxBytes));
        }
    }

    /**
     * @throws TooLarge            when it holds more than {@code maxBytes}
     * @throws Refused             when it is a directory, or a pipe or device that gives nothing in time
     * @throws NoSuchFileException when it does not exist
     * @throws IOException         when it cannot be read
     */
    byte[] read(Path path, int maxBytes) throws IOException {
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString());
        }
        if (Files.isRegularFile(path)) {
            return bounded(path, maxBytes);
        }
        if (Files.isDirectory(path)) {
            throw new Refused("is a directory");
        }
        // A device or a pipe: opening a pipe blocks until a writer comes, in code no interrupt reaches, so the
        // read happens on a thread of its own that is given up (not stopped) when it takes too long.
        CompletableFuture<byte[]> content = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                content.complete(bounded(path, maxBytes));
            } catch (IOException | RuntimeException e) {
                content.completeExceptionally(e);
            }
        }, "config-file-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            return content.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new Refused("gave nothing to read within " + seconds(patience) + " (a pipe nobody writes to?)");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading " + path, e);
        }
    }

    private static byte[] bounded(Path path, int maxBytes) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] content = in.readNBytes(maxBytes + 1);
            if (content.length > maxBytes) {
                throw new TooLarge(maxBytes);
            }
            return content;
        }
    }

    static String size(int bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes / 1024 + " KiB";
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
