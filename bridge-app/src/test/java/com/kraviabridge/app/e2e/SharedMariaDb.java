package com.kraviabridge.app.e2e;

import com.kraviabridge.store.EmbeddedMariaDb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded MariaDB for the whole test run (starting one takes seconds); every landscape gets a database of
 * its own on it, so tests never see each other's state. Stopped when the JVM ends.
 */
final class SharedMariaDb {

    private static final Path ROOT = Path.of("target", "e2e-mariadb").toAbsolutePath();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static EmbeddedMariaDb server;

    private SharedMariaDb() {
    }

    static synchronized String freshDatabaseUrl() {
        if (server == null) {
            try {
                Files.createDirectories(ROOT);
                Path dataDir = Files.createTempDirectory(ROOT, "run-");
                server = EmbeddedMariaDb.start(dataDir, ROOT.resolve("mariadb-base"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "e2e-mariadb-stop"));
        }
        return server.jdbcUrl("e2e_" + ProcessHandle.current().pid() + "_" + SEQUENCE.incrementAndGet());
    }
}
