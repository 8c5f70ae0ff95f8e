package com.kraviabridge.store;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JDBC helpers where the driver's behaviour matters: duplicates found without a server error. */
@ExtendWith(StoreExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("slow")
class JdbcTest {

    private static final String PLAIN_INSERT = "INSERT INTO webhook_inbox (creditor_id, claim_id, event_type,"
            + " event_timestamp, received_at) VALUES (?, ?, ?, ?, ?)";

    private final Logger driver = (Logger) LoggerFactory.getLogger("org.mariadb.jdbc");
    private final ListAppender<ILoggingEvent> driverLog = new ListAppender<>();
    private Jdbc jdbc;
    private javax.sql.DataSource dataSource;

    @BeforeAll
    void open(Database database) {
        dataSource = database.dataSource();
        jdbc = new Jdbc(dataSource);
    }

    private javax.sql.DataSource dataSource() {
        return dataSource;
    }

    @BeforeEach
    void listen() {
        driverLog.list.clear();
        driverLog.start();
        driver.addAppender(driverLog);
    }

    @AfterEach
    void stopListening() {
        driver.detachAppender(driverLog);
    }

    @Test
    void aDuplicateIsFoundWithoutAnErrorTheDriverWouldLog() {
        String sql = PLAIN_INSERT + " ON DUPLICATE KEY UPDATE id = id";

        assertThat(jdbc.insertUnlessPresent(sql, ps -> bind(ps, 1, "StatusChanged"))).isTrue();
        assertThat(jdbc.insertUnlessPresent(sql, ps -> bind(ps, 1, "Repeated"))).isFalse();
        assertThat(jdbc.insertUnlessPresent(sql, ps -> bind(ps, 2, "StatusChanged"))).isTrue();

        assertThat(warnings()).isZero();
        assertThat(jdbc.list("SELECT event_type FROM webhook_inbox WHERE creditor_id = 71 AND claim_id IN (1, 2)"
                        + " ORDER BY claim_id",
                ps -> { }, rs -> rs.getString(1))).containsExactly("StatusChanged", "StatusChanged");
    }

    @Test
    void handledAllocationsRepeatedAreLeftAloneWithoutAnErrorTheDriverWouldLog() {
        JdbcForwardedAllocations allocations = new JdbcForwardedAllocations(dataSource());
        var first = new com.kraviabridge.core.port.store.ForwardedAllocation(801, 71, 4711, 9001,
                com.kraviabridge.core.port.store.AllocationOutcome.PAYMENT,
                new java.math.BigDecimal("10.00"), "NOK", "payment:801", false, Instant.parse("2026-04-01T07:00:00Z"));

        allocations.addAll(java.util.List.of(first));
        allocations.addAll(java.util.List.of(first));
        allocations.save(first);

        assertThat(warnings()).isZero();
        assertThat(allocations.ofInvoices(71, java.util.List.of(4711L))).containsExactly(first);
    }

    @Test
    void otherErrorsStillFail() {
        String sql = PLAIN_INSERT + " ON DUPLICATE KEY UPDATE id = id";

        assertThatThrownBy(() -> jdbc.insertUnlessPresent(sql, ps -> bind(ps, 4, "x".repeat(101))))
                .isInstanceOf(StoreException.class).hasMessageContaining("event_type");
    }

    private long warnings() {
        return driverLog.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN)).count();
    }

    private static void bind(java.sql.PreparedStatement ps, long claim, String type) throws java.sql.SQLException {
        ps.setLong(1, 71);
        ps.setLong(2, claim);
        ps.setString(3, type);
        ps.setLong(4, 1_711_000_000L);
        Jdbc.setInstant(ps, 5, Instant.parse("2026-04-01T07:00:00Z"));
    }
}
