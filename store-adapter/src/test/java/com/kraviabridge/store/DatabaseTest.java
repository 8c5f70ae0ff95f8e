package com.kraviabridge.store;

import com.kraviabridge.core.port.store.Cursors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

@ExtendWith(StoreExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("slow")
class DatabaseTest {

    private Database db;
    private SharedServer server;
    private String schema;

    @BeforeAll
    void open(Database database, SharedServer shared) {
        db = database;
        server = shared;
        schema = JdbcUrls.database(database.jdbcUrl());
    }

    @Test
    void theDatabaseIsCreatedInUtf8mb4WithEveryTableOnInnoDb() {
        assertThat(Sql.column(db.dataSource(), "SELECT DEFAULT_CHARACTER_SET_NAME FROM information_schema.SCHEMATA"
                + " WHERE SCHEMA_NAME = '" + schema + "'")).containsExactly("utf8mb4");
        assertThat(Sql.column(db.dataSource(), "SELECT TABLE_NAME FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = '" + schema + "'"))
                .containsExactlyInAnyOrder("flyway_schema_history", "case_map", "operations", "cursors",
                        "status_history", "webhook_inbox", "parked_records", "posted_settlements",
                        "forwarded_allocations", "review_tasks", "QRTZ_JOB_DETAILS", "QRTZ_TRIGGERS", "QRTZ_SIMPLE_TRIGGERS",
                        "QRTZ_CRON_TRIGGERS", "QRTZ_SIMPROP_TRIGGERS", "QRTZ_BLOB_TRIGGERS", "QRTZ_CALENDARS",
                        "QRTZ_PAUSED_TRIGGER_GRPS", "QRTZ_FIRED_TRIGGERS", "QRTZ_SCHEDULER_STATE", "QRTZ_LOCKS");
        assertThat(Sql.column(db.dataSource(), "SELECT DISTINCT ENGINE FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = '" + schema + "'")).containsExactly("InnoDB");
        assertThat(Sql.column(db.dataSource(), "SELECT CONCAT(version, ':', success) FROM flyway_schema_history"
                + " ORDER BY installed_rank")).containsExactly("1:1", "2:1", "3:1", "4:1", "5:1", "6:1");
    }

    @Test
    void moneyAndTimeColumnsHaveTheirExactTypes() {
        assertThat(Sql.column(db.dataSource(), "SELECT CONCAT(TABLE_NAME, '.', COLUMN_NAME, ' ', COLUMN_TYPE)"
                + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = '" + schema + "'"
                + " AND COLUMN_NAME IN ('remaining_capital', 'amount', 'currency', 'kravia_updated_at', 'created_at')"))
                .containsExactlyInAnyOrder("case_map.remaining_capital decimal(19,2)", "case_map.currency char(3)",
                        "case_map.kravia_updated_at datetime(6)", "operations.created_at datetime(6)",
                        "status_history.kravia_updated_at datetime(6)", "posted_settlements.amount decimal(19,2)",
                        "posted_settlements.currency char(3)", "forwarded_allocations.amount decimal(19,2)",
                        "forwarded_allocations.currency char(3)");
    }

    @Test
    void everySessionRunsInUtcAndStrictMode() throws Exception {
        assertThat(Sql.column(db.dataSource(), "SELECT @@session.time_zone")).containsExactly("+00:00");
        assertThat(Sql.column(db.dataSource(), "SELECT @@session.sql_mode").get(0)).contains("STRICT_ALL_TABLES");

        // An instant goes in as its UTC wall time, whatever the JVM's zone is.
        // (the tests run this JVM in Europe/Oslo, see the pom, so a zone conversion anywhere would show)
        new JdbcCursors(db.dataSource(), Clock.fixed(Instant.parse("2026-06-01T12:34:56.789012Z"), ZoneOffset.UTC))
                .write(99, "utc-check", "x");
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT DATE_FORMAT(updated_at, '%Y-%m-%d %H:%i:%s.%f') FROM cursors WHERE company_id = 99");
             ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("2026-06-01 12:34:56.789012");
        }
        assertThat(LocalDateTime.parse(Sql.column(db.dataSource(), "SELECT NOW(6)").get(0).replace(' ', 'T')))
                .isCloseTo(LocalDateTime.now(ZoneOffset.UTC), within(5, ChronoUnit.MINUTES));
    }

    @Test
    void theCounterSeesEveryStatementSentThroughTheDataSource() throws Exception {
        StatementCounter counter = db.statementCounter();
        Cursors cursors = db.cursors();
        counter.reset();

        cursors.write(1, "counted", "1");
        assertThat(counter.statements()).isEqualTo(1);

        cursors.read(1, "counted");
        db.operationsLog().recordIntent("counted:1", "note", 1, null, null, null); // insert returning the row
        assertThat(counter.statements()).isEqualTo(3);

        try (Connection c = db.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO cursors (company_id, stream, cursor_value,"
                     + " updated_at) VALUES (2, ?, 'v', NOW(6))")) {
            for (String stream : new String[] {"a", "b", "c"}) {
                ps.setString(1, stream);
                ps.addBatch();
            }
            assertThat(ps.executeBatch()).hasSize(3);
            assertThat(ps.getConnection()).isSameAs(c);
        }
        assertThat(counter.statements()).isEqualTo(4);
        assertThat(counter.batchedRows()).isEqualTo(3);
        assertThat(Sql.count(db.dataSource(), "SELECT COUNT(*) FROM cursors WHERE company_id = 2")).isEqualTo(3);

        counter.reset();
        assertThat(counter.statements()).isZero();
    }

    @Test
    void sqlErrorsReachTheCallerAsTheDriverReportedThem() throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeQuery("SELECT * FROM no_such_table"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("no_such_table");
        }
    }

    @Test
    void openingAgainKeepsDataAndMigratesNothing() {
        db.cursors().write(3, "reopen", "kept");
        try (Database again = Database.open(server.settings(db.jdbcUrl()))) {
            assertThat(again.cursors().read(3, "reopen")).contains("kept");
            assertThat(Sql.count(again.dataSource(), "SELECT COUNT(*) FROM flyway_schema_history")).isEqualTo(6);
            assertThat(again.isEmbedded()).isFalse();
            assertThat(again.embeddedServer()).isEmpty();
        }
    }

    @Test
    void aDatabaseNamedInSettingsIsCreatedWhenTheUrlNamesNone() {
        String serverUrl = JdbcUrls.withoutDatabase(db.jdbcUrl());
        StoreSettings settings = server.settings(serverUrl).withDatabaseName(schema + "_named")
                .withPoolSize(2);
        try (Database named = Database.open(settings)) {
            assertThat(JdbcUrls.database(named.jdbcUrl())).isEqualTo(schema + "_named");
            assertThat(Sql.count(named.dataSource(), "SELECT COUNT(*) FROM operations")).isZero();
            try (Connection c = named.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE `" + schema + "_named`");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void anUnreachableServerIsReportedWithoutThePassword() {
        StoreSettings settings = StoreSettings.server("jdbc:mariadb://127.0.0.1:1/bridge?connectTimeout=2000",
                "bridge", "s3cret");

        assertThatThrownBy(() -> Database.open(settings))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("127.0.0.1:1")
                .hasMessageNotContaining("s3cret");
        assertThat(settings.toString()).doesNotContain("s3cret");
    }
}
