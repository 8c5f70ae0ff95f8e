package com.kraviabridge.config;

import java.nio.file.Path;

/**
 * The bridge's own MariaDB ({@code db.*}, {@code data.dir}).
 *
 * @param url     JDBC URL, or empty to run an embedded MariaDB under {@code dataDir}
 * @param dataDir where the embedded database and other local state live
 */
public record DatabaseSettings(String url, String username, Secret password, Path dataDir, int poolSize) {

    public boolean embedded() {
        return url.isEmpty();
    }
}
