package com.kraviabridge.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The one embedded MariaDB of a test run; every test class gets its own database on it. */
final class SharedServer implements AutoCloseable {

    /** Unpacked once and reused by every server of every run (the jar holds some 330 MB). */
    static final Path BINARIES = Path.of("target", "store-test", "mariadb-base").toAbsolutePath();

    /** Every database of the run is named so; the server's account may use those only. */
    static final String DATABASE_PREFIX = "t";

    private final Path dataDir;
    private final EmbeddedMariaDb server;

    SharedServer() {
        try {
            Files.createDirectories(BINARIES.getParent());
            dataDir = Files.createTempDirectory(BINARIES.getParent(), "shared-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = EmbeddedMariaDb.startForDatabasesStartingWith(dataDir, BINARIES, DATABASE_PREFIX);
    }

    String url(String database) {
        return server.jdbcUrl(database);
    }

    /** The server at {@code url} (one of this server's), reached with its account. */
    StoreSettings settings(String url) {
        return StoreSettings.server(url, server.user(), server.password());
    }

    @Override
    public void close() {
        server.close();
        deleteTree(dataDir);
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
