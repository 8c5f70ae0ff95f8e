package com.kraviabridge.store;

import com.kraviabridge.core.port.store.CaseBook;
import com.kraviabridge.core.port.store.Cursors;
import com.kraviabridge.core.port.store.ForwardedAllocations;
import com.kraviabridge.core.port.store.OperationsLog;
import com.kraviabridge.core.port.store.ParkedRecords;
import com.kraviabridge.core.port.store.PostedSettlements;
import com.kraviabridge.core.port.store.ReviewTaskLedger;
import com.kraviabridge.core.port.store.StatusHistory;
import com.kraviabridge.core.port.store.WebhookInbox;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * The store, opened: a MariaDB (the embedded one when no url is set), the database created if missing, the
 * schema migrated, a connection pool, and the store ports on top.
 *
 * <pre>{@code
 * try (Database db = Database.open(new StoreSettings(url, user, password, dataDir, 8))) {
 *     OperationsLog log = db.operationsLog();
 *     ...
 * }
 * }</pre>
 */
public final class Database implements AutoCloseable {

    /** Flyway's location; a package path so no other jar's migrations are picked up by accident. */
    static final String MIGRATIONS = "classpath:com/kraviabridge/store/migration";

    /**
     * Every session works in UTC (DATETIME columns hold UTC wall time; NOW() must agree) and in strict mode, so
     * a value that does not fit is an error rather than silently cut, whatever the server's own defaults.
     */
    static final String SESSION_SETUP = "SET time_zone = '+00:00', sql_mode = 'STRICT_ALL_TABLES,"
            + "ERROR_FOR_DIVISION_BY_ZERO,NO_ZERO_DATE,NO_ZERO_IN_DATE,NO_ENGINE_SUBSTITUTION'";

    /**
     * How long a statement during a run waits for a pooled connection. Far longer than one connection attempt: the
     * pool keeps trying meanwhile, so a database that restarts or blips on the network costs a run a pause rather
     * than its work; at start, by contrast, a single failed attempt is enough to report the database as down.
     */
    static final Duration RUN_WAIT = Duration.ofSeconds(30);
    /** The shortest wait for a connection the pool accepts. */
    private static final long MIN_POOL_WAIT_MILLIS = 250;

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final EmbeddedMariaDb embedded;
    private final HikariDataSource pool;
    private final String jdbcUrl;
    private final StatementCounter counter = new StatementCounter();
    private final DataSource counted;
    private final Clock clock;

    private Database(EmbeddedMariaDb embedded, HikariDataSource pool, StoreServer server, Clock clock) {
        this.embedded = embedded;
        this.pool = pool;
        this.jdbcUrl = server.url();
        this.counted = new CountingDataSource(pool, counter, server);
        this.clock = clock;
    }

    public static Database open(StoreSettings settings) {
        return open(settings, Clock.systemUTC());
    }

    /**
     * Opens the store. With an empty url the embedded MariaDB is started under {@code settings.dataDir()} (and
     * stopped again by {@link #close()}); otherwise the server of the url is used.
     *
     * @param clock the time written into the operations log, cursors and inbox
     * @throws StoreException when the server cannot be started or reached, or the migrations fail
     */
    public static Database open(StoreSettings settings, Clock clock) {
        return open(settings, clock, ConnectionWait.THROUGH_A_RESTART);
    }

    /** How long a statement waits for a connection while the server is away. */
    public enum ConnectionWait {
        /** Up to db.connect-timeout-seconds: a command says at once that the database cannot be reached. */
        ONE_CONNECT_TIMEOUT,
        /** {@link #RUN_WAIT} at least: a database restart or a network blip only pauses the daemon's run. */
        THROUGH_A_RESTART
    }

    /**
     * Opens the store as {@link #open(StoreSettings, Clock)} does, with the given wait for a connection.
     *
     * @throws StoreException when the server cannot be started or reached, or the migrations fail
     */
    public static Database open(StoreSettings settings, Clock clock, ConnectionWait wait) {
        EmbeddedMariaDb embedded = null;
        HikariDataSource pool = null;
        try {
            String url;
            String user = settings.username();
            String password = settings.password();
            if (settings.isEmbedded()) {
                embedded = EmbeddedMariaDb.start(settings.dataDir(), settings.binariesDir() != null
                        ? settings.binariesDir() : settings.dataDir().resolve("mariadb-base"), settings.databaseName());
                url = embedded.jdbcUrl(settings.databaseName());
                // the server's own account; the configured user and password are for a server of one's own
                user = embedded.user();
                password = embedded.password();
            } else {
                url = JdbcUrls.withDatabase(settings.jdbcUrl(), settings.databaseName());
            }
            createDatabaseIfMissing(url, user, password, settings.connectTimeout());
            Duration connectionWait = wait == ConnectionWait.ONE_CONNECT_TIMEOUT ? settings.connectTimeout()
                    : Duration.ofMillis(Math.max(RUN_WAIT.toMillis(), 2 * settings.connectTimeout().toMillis()));
            pool = pool(url, user, password, settings.poolSize(), settings.connectTimeout(), connectionWait);
            migrate(pool);
            return new Database(embedded, pool, new StoreServer(url, connectionWait), clock);
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.close();
            }
            if (embedded != null) {
                embedded.close();
            }
            throw e instanceof StoreException ? e : new StoreException("cannot open the store: " + e.getMessage(), e);
        }
    }

    /** Pooled connections; their statements are counted by {@link #statementCounter()}. */
    public DataSource dataSource() {
        return counted;
    }

    public StatementCounter statementCounter() {
        return counter;
    }

    /** The url in use (for the embedded server it names 127.0.0.1 and the port picked at start). */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /** The server this store started, when it runs the embedded one. */
    public Optional<EmbeddedMariaDb> embeddedServer() {
        return Optional.ofNullable(embedded);
    }

    public OperationsLog operationsLog() {
        return new JdbcOperationsLog(counted, clock);
    }

    public CaseBook caseBook() {
        return new JdbcCaseBook(counted);
    }

    public Cursors cursors() {
        return new JdbcCursors(counted, clock);
    }

    public StatusHistory statusHistory() {
        return new JdbcStatusHistory(counted);
    }

    public WebhookInbox webhookInbox() {
        return new JdbcWebhookInbox(counted, clock);
    }

    public ParkedRecords parkedRecords() {
        return new JdbcParkedRecords(counted);
    }

    public ReviewTaskLedger reviewTasks() {
        return new JdbcReviewTaskLedger(counted);
    }

    public PostedSettlements postedSettlements() {
        return new JdbcPostedSettlements(counted);
    }

    public ForwardedAllocations forwardedAllocations() {
        return new JdbcForwardedAllocations(counted);
    }

    /** Closes the pool, then stops the embedded server if this store started one. */
    @Override
    public void close() {
        try {
            pool.close();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private static HikariDataSource pool(String url, String user, String password, int size, Duration connectTimeout,
                                         Duration connectionWait) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("kravia-store");
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        config.setAutoCommit(true);
        config.setConnectionInitSql(SESSION_SETUP);
        // Each attempt of the pool is bounded alike; without it the driver would wait its own 30 s on a host that
        // does not answer. A connectTimeout written into db.url still wins over this one.
        config.addDataSourceProperty("connectTimeout", Long.toString(connectTimeout.toMillis()));
        config.setConnectionTimeout(Math.max(MIN_POOL_WAIT_MILLIS, connectionWait.toMillis()));
        // One attempt when the pool is built, so a server that went away since the store was checked fails the
        // start instead of the first run.
        config.setInitializationFailTimeout(1);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open a connection to the database server " + JdbcUrls.servers(url)
                    + " (" + JdbcUrls.redacted(url) + "; waited at most " + StoreServer.seconds(connectTimeout) + "): "
                    + StoreServer.rootMessage(e), e);
        }
    }

    private static void migrate(DataSource dataSource) {
        var result = Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .failOnMissingLocations(true)
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            log.info("Store schema migrated to version {} ({} migrations)", result.targetSchemaVersion,
                    result.migrationsExecuted);
        }
    }

    /**
     * Looks the database up first and creates it only when absent, so a user allowed to use an existing
     * database but not to create one still gets in. Its connection is the first one of a start, so it is the one
     * that tells an unreachable server apart from a refused login.
     */
    private static void createDatabaseIfMissing(String url, String user, String password, Duration connectTimeout) {
        String name = JdbcUrls.database(url);
        String server = JdbcUrls.withoutDatabase(url);
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("connectTimeout", Long.toString(connectTimeout.toMillis()));
        Connection connection;
        try {
            connection = new org.mariadb.jdbc.Driver().connect(server, props);
        } catch (SQLException e) {
            if (isLoginRefused(e)) {
                throw new StoreException("the database server " + JdbcUrls.servers(url) + " refused the login of user '"
                        + user + "' (" + JdbcUrls.redacted(server) + "): " + e.getMessage(), e);
            }
            throw new StoreException(StoreServer.cannotReach(server, connectTimeout, e.getMessage()), e);
        }
        if (connection == null) {
            throw new StoreException("not a MariaDB url: " + JdbcUrls.redacted(url));
        }
        try (connection) {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            try (Statement statement = connection.createStatement()) {
                // The name was checked to be a plain identifier (StoreSettings / JdbcUrls), so quoting is enough.
                statement.execute("CREATE DATABASE IF NOT EXISTS `" + name + "`"
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            log.info("Created database {}", name);
        } catch (SQLException e) {
            throw new StoreException("cannot create database " + name + " on " + JdbcUrls.servers(url) + " ("
                    + JdbcUrls.redacted(server) + "): " + e.getMessage(), e);
        }
    }

    /** SQLSTATE class 28: the server answered and said no, which no amount of waiting changes. */
    private static boolean isLoginRefused(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("28");
    }
}
