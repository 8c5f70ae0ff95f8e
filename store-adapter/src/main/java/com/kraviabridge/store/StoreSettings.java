package com.kraviabridge.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to reach the store.
 *
 * @param jdbcUrl      a MariaDB JDBC url, or empty/null for the embedded MariaDB under {@code dataDir}
 * @param username     database user; not used by the embedded server, which has an account of its own
 * @param password     database password, may be empty; not used by the embedded server either
 * @param dataDir      the bridge's data directory; the embedded server keeps its files under {@code <dataDir>/mariadb}
 * @param poolSize     maximum connections in the pool
 * @param databaseName database (schema) used when the url names none, and always for the embedded server
 * @param binariesDir  where the embedded server's binaries are unpacked; null means {@code <dataDir>/mariadb-base}
 * @param connectTimeout how long one new connection may take to be accepted and greeted by the server, and so how
 *                     long opening an unreachable store takes to fail; null means {@link #DEFAULT_CONNECT_TIMEOUT}
 */
public record StoreSettings(String jdbcUrl, String username, String password, Path dataDir, int poolSize,
                            String databaseName, Path binariesDir, Duration connectTimeout) {

    public static final String DEFAULT_DATABASE = "bridge";
    public static final int DEFAULT_POOL_SIZE = 8;
    /**
     * A server on a healthy network answers in milliseconds; the driver's own default of 30 s only makes an
     * administrator wait that long to learn that the database is down.
     */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

    // The name goes into CREATE DATABASE as an identifier, so only plain names are accepted.
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

    public StoreSettings {
        jdbcUrl = jdbcUrl == null ? "" : jdbcUrl.trim();
        username = username == null ? "" : username;
        password = password == null ? "" : password;
        databaseName = databaseName == null || databaseName.isBlank() ? DEFAULT_DATABASE : databaseName;
        if (!PLAIN_NAME.matcher(databaseName).matches()) {
            throw new IllegalArgumentException("database name must be letters, digits or _, was '" + databaseName + "'");
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("pool size must be at least 1, was " + poolSize);
        }
        connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
        if (connectTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("connect timeout must be positive, was " + connectTimeout);
        }
        if (jdbcUrl.isEmpty()) {
            Objects.requireNonNull(dataDir, "dataDir is required for the embedded MariaDB (db.url is empty)");
        }
    }

    /** The shape of the {@code db.*} and {@code data.dir} properties. */
    public StoreSettings(String jdbcUrl, String username, String password, Path dataDir, int poolSize) {
        this(jdbcUrl, username, password, dataDir, poolSize, DEFAULT_DATABASE, null, DEFAULT_CONNECT_TIMEOUT);
    }

    /** An embedded MariaDB keeping its data under {@code dataDir}. */
    public static StoreSettings embedded(Path dataDir) {
        return new StoreSettings("", "", "", dataDir, DEFAULT_POOL_SIZE);
    }

    /** An existing MariaDB server. */
    public static StoreSettings server(String jdbcUrl, String username, String password) {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            throw new IllegalArgumentException("a server needs a jdbc url");
        }
        return new StoreSettings(jdbcUrl, username, password, null, DEFAULT_POOL_SIZE);
    }

    public boolean isEmbedded() {
        return jdbcUrl.isEmpty();
    }

    public StoreSettings withPoolSize(int size) {
        return new StoreSettings(jdbcUrl, username, password, dataDir, size, databaseName, binariesDir, connectTimeout);
    }

    public StoreSettings withDatabaseName(String name) {
        return new StoreSettings(jdbcUrl, username, password, dataDir, poolSize, name, binariesDir, connectTimeout);
    }

    public StoreSettings withBinariesDir(Path dir) {
        return new StoreSettings(jdbcUrl, username, password, dataDir, poolSize, databaseName, dir, connectTimeout);
    }

    public StoreSettings withConnectTimeout(Duration timeout) {
        return new StoreSettings(jdbcUrl, username, password, dataDir, poolSize, databaseName, binariesDir, timeout);
    }

    /** The password stays out of logs and exception messages. */
    @Override
    public String toString() {
        return "StoreSettings[jdbcUrl=" + (isEmbedded() ? "(embedded)" : jdbcUrl) + ", username=" + username
                + ", dataDir=" + dataDir + ", poolSize=" + poolSize + ", databaseName=" + databaseName
                + ", connectTimeout=" + connectTimeout + "]";
    }
}
