package com.kraviabridge.erp.odoo;

import com.kraviabridge.core.domain.Invoice;
import com.kraviabridge.erp.odoo.rpc.RpcProtocol;
import com.kraviabridge.sim.odoo.OdooSimulator;
import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.SimDatabase;
import com.kraviabridge.sim.odoo.seed.InvoiceRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bridge that keeps running while an administrator runs {@code bridge odoo setup}: it reads invoices without
 * the desk's fields, asks Odoo once whether they exist, and finds them a few minutes after they are made.
 */
class InvoiceMarksTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);

    private final OdooSimulator sim = OdooSimulator.start(OdooVersion.V18);
    private long company;

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void theMarksAreLearnedOnceAndFoundAgainAfterTheirTimeToLive() {
        sim.clock().setToday(TODAY);
        SimDatabase db = sim.addDatabase("acme");
        db.addUser("admin", "admin-password").admin();
        db.addUser("bot", "bot-password").apiKey("bot-api-key");
        InvoiceRef invoice = db.seed().invoice(db.seed().partner("Debtor AS").company().orgNumber("912345678")
                .address("Storgata 1", "0155", "Oslo", "NO").save()).amount("100.00")
                .invoiceDate(TODAY.minusDays(45)).dueDate(TODAY.minusDays(30)).save();
        MovingClock clock = new MovingClock();
        OdooErp running = OdooErp.connect(settings("bot", "bot-api-key"), clock, (java.util.function.Consumer<java.time.Duration>) d -> { });
        company = db.mainCompany().id();

        assertThat(read(running).held()).as("no fields yet: nothing is held").isFalse();
        OdooErp.connect(settings("admin", "admin-password")).desk().setUp();
        db.execute("account.move", "write", List.of(List.of(invoice.id()), Map.of("x_kravia_hold", true)), Map.of());
        long probes = sim.stats().count("account.move", "fields_get");

        assertThat(read(running).held()).as("within the time to live, still as learned").isFalse();
        assertThat(running.approvals().approvable()).isFalse();
        assertThat(sim.stats().count("account.move", "fields_get")).isEqualTo(probes);

        clock.now = clock.now.plus(Duration.ofMinutes(6));
        assertThat(read(running).held()).as("learned again: the mark is read").isTrue();
        assertThat(running.approvals().approvable()).isTrue();
        assertThat(sim.stats().count("account.move", "fields_get") - probes).as("asked once").isEqualTo(1);
    }

    private Invoice read(OdooErp erp) {
        List<Invoice> page = erp.openInvoices().overdueInvoices(company, TODAY, 0, 10).invoices();
        assertThat(page).hasSize(1);
        return page.get(0);
    }

    private OdooClientSettings settings(String user, String secret) {
        return new OdooClientSettings(URI.create(sim.url()), "acme", user, secret, RpcProtocol.JSONRPC, 500,
                Duration.ofSeconds(10)).withRetries(1, Duration.ofMillis(1));
    }

    private static final class MovingClock extends Clock {
        volatile Instant now = Instant.parse("2025-03-14T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
