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
    private static final String DATABASE_PREFIX = "e2e_";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static EmbeddedMariaDb server;

    private SharedMariaDb() {
    }

    static synchronized String freshDatabaseUrl() {
        return server().jdbcUrl(DATABASE_PREFIX + ProcessHandle.current().pid() + "_" + SEQUENCE.incrementAndGet());
    }

    /** The server's own account, the one that may use the databases of {@link #freshDatabaseUrl()}. */
    static synchronized String user() {
        return server().user();
    }

    static synchronized String password() {
        return server().password();
    }

    private static EmbeddedMariaDb server() {
        if (server == null) {
            try {
                Files.createDirectories(ROOT);
                Path dataDir = Files.createTempDirectory(ROOT, "run-");
                server = EmbeddedMariaDb.startForDatabasesStartingWith(dataDir, ROOT.resolve("mariadb-base"),
                        DATABASE_PREFIX);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "e2e-mariadb-stop"));
        }
        return server;
    }
}
