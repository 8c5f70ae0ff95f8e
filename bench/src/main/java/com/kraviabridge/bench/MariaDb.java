package com.kraviabridge.bench;

import com.kraviabridge.store.EmbeddedMariaDb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded MariaDB (its own mariadbd process, as the bridge runs it by default) for the whole benchmark; every
 * bridge gets a fresh database on it. Its data lives under the bench data directory and is replaced on each run.
 */
final class MariaDb implements AutoCloseable {

    private static final String DATABASE_PREFIX = "bench_";

    private final EmbeddedMariaDb server;
    private final AtomicInteger sequence = new AtomicInteger();

    MariaDb(Path root) {
        try {
            Files.createDirectories(root);
            Path run = root.resolve("run");
            deleteTree(run);
            server = EmbeddedMariaDb.startForDatabasesStartingWith(run, root.resolve("mariadb-base"), DATABASE_PREFIX);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String freshDatabaseUrl() {
        return server.jdbcUrl(DATABASE_PREFIX + sequence.incrementAndGet());
    }

    /** The server's own account, the one that may use the databases of {@link #freshDatabaseUrl()}. */
    String user() {
        return server.user();
    }

    String password() {
        return server.password();
    }

    @Override
    public void close() {
        server.close();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
