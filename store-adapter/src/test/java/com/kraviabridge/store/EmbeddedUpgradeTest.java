package com.kraviabridge.store;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A data directory left by a version that ran the embedded server without grant tables (nobody's password, no
 * password file) is taken over by the first start of this one: its rows stay, and the grants are in force.
 */
@Tag("slow")
class EmbeddedUpgradeTest {

    @TempDir
    Path dataDir;

    @Test
    void aDataDirectoryOfTheVersionWithoutGrantsKeepsItsRowsAndGetsGrants() throws Exception {
        try (LegacyEmbeddedStart legacy = LegacyEmbeddedStart.start(dataDir, SharedServer.BINARIES);
             Database old = Database.open(StoreSettings.server(legacy.url("bridge"), "root", "").withPoolSize(1))) {
            old.cursors().write(7, "kravia.lastUpdatedTime", "2026-05-01T10:00:00");
            old.cursors().write(8, "kravia.lastUpdatedTime", "2026-05-02T10:00:00");
        }

        StoreSettings settings = StoreSettings.embedded(dataDir).withBinariesDir(SharedServer.BINARIES).withPoolSize(2);
        try (Database upgraded = Database.open(settings)) {
            assertThat(upgraded.cursors().read(7, "kravia.lastUpdatedTime")).contains("2026-05-01T10:00:00");
            assertThat(upgraded.cursors().read(8, "kravia.lastUpdatedTime")).contains("2026-05-02T10:00:00");
            assertThat(Sql.count(upgraded.dataSource(), "SELECT COUNT(*) FROM flyway_schema_history")).isEqualTo(6);

            EmbeddedMariaDb server = upgraded.embeddedServer().orElseThrow();
            assertThat(server.installedNewDataDir()).as("the old system tables were kept").isFalse();
            assertThat(server.passwordFile()).exists();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(server.passwordFile())))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(server.dataDir())))
                    .isEqualTo("rwx------");
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl("bridge"), "root", "").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl("bridge"), "anyone", "").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
        }
    }
}
