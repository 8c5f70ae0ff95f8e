package com.kraviabridge.erp.odoo;

import com.kraviabridge.core.domain.Invoice;
import com.kraviabridge.core.domain.InvoiceChanges;
import com.kraviabridge.erp.odoo.rpc.RpcProtocol;
import com.kraviabridge.sim.odoo.OdooSimulator;
import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.SimDatabase;
import com.kraviabridge.sim.odoo.seed.CompanyRef;
import com.kraviabridge.sim.odoo.seed.InvoiceRef;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import com.kraviabridge.sim.odoo.seed.PaymentRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reads that keep a steady state cheap, against the simulator with a moving clock: overdue invoices without
 * those already carrying a Kravia case, and undone allocations found through the invoices that changed.
 */
class SteadyStateReadsTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);

    private OdooSimulator sim;
    private SimDatabase db;
    private CompanyRef company;
    private PartnerRef customer;

    @BeforeEach
    void start() {
        sim = OdooSimulator.start(OdooVersion.V17);
        // every transaction a second later than the one before, as write_date moves in a real Odoo
        sim.clock().setToday(TODAY).tick(Duration.ofSeconds(1));
        db = sim.addDatabase("acme");
        company = db.seed().mainCompany().name("Acme AS").orgNumber("974760673").address("Kongens gate 1", "0153", "Oslo")
                .save();
        db.addUser("admin", "admin-password").admin();
        db.addUser("bot", "bot-password").apiKey("bot-api-key");
        customer = db.seed().partner("Debtor AS").company().orgNumber("912345678")
                .address("Storgata 1", "0155", "Oslo", "NO").save();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void overdueInvoicesCarryingAKraviaCaseAreLeftOutOnceTheFieldExists() {
        InvoiceRef forwarded = overdue("1000.00");
        InvoiceRef fresh = overdue("2000.00");
        assertThat(ids(connect("bot").openInvoices().overdueInvoices(company.id(), TODAY, 0, 100).invoices()))
                .as("without the field, every open invoice").contains((long) forwarded.id(), (long) fresh.id());

        connect("admin").desk().setUp();
        db.execute("account.move", "write", List.of(List.of(forwarded.id()), Map.of("x_kravia_case_id", "4711")),
                Map.of());
        OdooErp erp = connect("bot");
        long probesBefore = sim.stats().count("account.move", "fields_get");

        List<Long> first = ids(erp.openInvoices().overdueInvoices(company.id(), TODAY, 0, 100).invoices());
        List<Long> again = ids(erp.openInvoices().overdueInvoices(company.id(), TODAY, 0, 100).invoices());

        assertThat(first).contains((long) fresh.id()).doesNotContain((long) forwarded.id());
        assertThat(again).isEqualTo(first);
        assertThat(sim.stats().count("account.move", "fields_get") - probesBefore).as("the field is probed once")
                .isEqualTo(1);
    }

    @Test
    void anUnreconciledPaymentShowsAsAChangedInvoiceWhosePartialIsGone() {
        InvoiceRef paid = overdue("1000.00");
        InvoiceRef untouched = overdue("500.00");
        PaymentRef payment = db.seed().registerPayment(paid.id(), new BigDecimal("300.00"), TODAY, "BNK", "part");
        long partial = payment.partialIds().get(0);
        OdooErp erp = connect("bot");
        String mark = erp.allocations().changeMark(company.id());
        assertThat(erp.allocations().stillPresent(company.id(), List.of(partial))).containsExactly(partial);

        db.seed().unreconcile((int) partial);

        InvoiceChanges changes = erp.allocations().invoicesChangedSince(company.id(), mark, 0, 100);
        assertThat(changes.invoiceIds()).contains((long) paid.id()).doesNotContain((long) untouched.id());
        assertThat(changes.latestMark()).isGreaterThan(mark);
        assertThat(erp.allocations().stillPresent(company.id(), List.of(partial))).isEmpty();
        assertThat(erp.allocations().invoicesChangedSince(company.id(), changes.latestMark(), 0, 100).invoiceIds())
                .as("the mark's own second comes back, so a change in the same second is not lost")
                .contains((long) paid.id());
    }

    @Test
    void changedInvoicesArePagedById() {
        OdooErp erp = connect("bot");
        String mark = erp.allocations().changeMark(company.id());
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add((long) overdue("100.00").id());
        }

        List<Long> seen = new ArrayList<>();
        long after = 0;
        int pages = 0;
        InvoiceChanges page;
        do {
            page = erp.allocations().invoicesChangedSince(company.id(), mark, after, 2);
            seen.addAll(page.invoiceIds());
            after = page.lastId();
            pages++;
        } while (!page.last());

        assertThat(seen).containsExactlyElementsOf(made);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void changedInvoicesFillingTheirPagesExactlyEndWithTheLastFullPage() {
        OdooErp erp = connect("bot");
        String mark = erp.allocations().changeMark(company.id());
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            made.add((long) overdue("100.00").id());
        }
        long readsBefore = sim.stats().count("account.move", "search_read");

        List<Long> seen = new ArrayList<>();
        List<Boolean> lastFlags = new ArrayList<>();
        long after = 0;
        InvoiceChanges page;
        do {
            page = erp.allocations().invoicesChangedSince(company.id(), mark, after, 2);
            seen.addAll(page.invoiceIds());
            lastFlags.add(page.last());
            after = page.lastId();
        } while (!page.last());

        assertThat(seen).containsExactlyElementsOf(made);
        assertThat(lastFlags).containsExactly(false, true);
        assertThat(sim.stats().count("account.move", "search_read") - readsBefore)
                .as("one read per page, none that finds nothing").isEqualTo(2);
    }

    private InvoiceRef overdue(String amount) {
        return db.seed().invoice(customer).amount(amount).vatPercent(0).invoiceDate(TODAY.minusDays(45))
                .dueDate(TODAY.minusDays(30)).save();
    }

    private OdooErp connect(String user) {
        String secret = user.equals("admin") ? "admin-password" : "bot-api-key";
        return OdooErp.connect(new OdooClientSettings(URI.create(sim.url()), "acme", user, secret, RpcProtocol.JSONRPC,
                500, Duration.ofSeconds(10)).withRetries(1, Duration.ofMillis(1)));
    }

    private static List<Long> ids(List<Invoice> invoices) {
        return invoices.stream().map(Invoice::id).toList();
    }
}
