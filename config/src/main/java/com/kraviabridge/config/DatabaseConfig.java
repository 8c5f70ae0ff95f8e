package com.kraviabridge.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The bridge's own MariaDB ({@code db.*}, {@code data.dir}).
 *
 * @param url     JDBC URL, or empty to run an embedded MariaDB under {@code dataDir}
 * @param dataDir where the embedded database and other local state live
 * @param connectTimeout how long one new connection to the server may take; a start gives up after it
 */
public record DatabaseConfig(String url, String username, Secret password, Path dataDir, int poolSize,
                               Duration connectTimeout) {

    public boolean embedded() {
        return url.isEmpty();
    }
}
