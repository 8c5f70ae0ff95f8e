package com.kraviabridge.app.e2e;

import com.kraviabridge.app.wiring.Bridge;
import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.usecase.report.FlowReport;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.sim.kravia.HeldAnswer;
import com.kraviabridge.sim.kravia.InvoiceSnapshot;
import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.seed.InvoiceRef;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A steady state through the real stacks, with the Kravia fields on invoices (as after {@code bridge odoo setup}):
 * a sync in which nothing changed costs the same few Odoo calls whatever the number of open cases, payments go to
 * Kravia one call each with the right amounts, and status changes cost a few statements each.
 */
@Tag("slow")
class SteadyStateTest {

    /** Three pages of the landscape's page size (50), so a cost per page would show. */
    private static final int INVOICES = 120;

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private Landscape world;
    private Bridge bridge;
    private CreditorMapping creditor;
    private final List<InvoiceRef> invoices = new ArrayList<>();

    @BeforeEach
    void setUp() {
        world = new Landscape(OdooVersion.V17, "jsonrpc");
        // Each Odoo transaction a second after the one before, as write_date moves in a real Odoo that is not
        // busy (write_date is read to the second, so changes in the latest second are looked at again).
        world.odoo.clock().setToday(today).tick(Duration.ofSeconds(1));
        addKraviaFields();
        PartnerRef debtor = null;
        for (int i = 0; i < INVOICES; i++) {
            if (i % 10 == 0) {
                debtor = world.seed().partner("Kunde " + i + " AS").company().orgNumber(Integer.toString(920_000_000 + i))
                        .address("Storgata " + (i + 1), "0155", "Oslo", "NO").save();
            }
            invoices.add(world.seed().invoice(debtor).invoiceDate(today.minusDays(45)).dueDate(today.minusDays(30))
                    .amount("1000.00").save());
        }
        bridge = world.bridge();
        creditor = bridge.creditors().get(0);
        bridge.synchronisation().run(Set.of(), false, r -> { });
        assertThat(world.kravia.invoices(Landscape.CREDITOR)).hasSize(INVOICES);
    }

    @AfterEach
    void tearDown() {
        if (bridge != null) {
            bridge.close();
        }
        world.close();
    }

    @Test
    void aSyncWithNothingChangedCostsAFewOdooCallsPerFlowWhateverTheNumberOfCases() {
        for (int i = 0; i < 60; i++) {
            world.seed().registerPayment(invoices.get(i).id(), new BigDecimal("100.00"), today, "BNK", "part " + i);
        }
        for (int i = 60; i < 70; i++) {
            world.seed().creditNote(invoices.get(i).id(), new BigDecimal("50.00"), true);
        }
        bridge.synchronisation().run(Set.of(), false, r -> { });
        bridge.synchronisation().run(Set.of(), false, r -> { });

        Map<FlowReport.Flow, Long> calls = new LinkedHashMap<>();
        for (FlowReport.Flow flow : List.of(FlowReport.Flow.INVOICES, FlowReport.Flow.PAYMENTS, FlowReport.Flow.CREDITS)) {
            world.odoo.stats().reset();
            FlowReport report = bridge.synchronisation().runOne(flow, creditor, false);
            assertThat(report.sentCount() + report.parkedCount() + report.failedCount()).as(report.toString()).isZero();
            calls.put(flow, world.odoo.stats().total());
        }

        assertThat(calls.get(FlowReport.Flow.INVOICES)).as("one read finds nothing new").isEqualTo(1);
        assertThat(calls.get(FlowReport.Flow.PAYMENTS)).as("new allocations, changed invoices, and at most a look"
                + " whether the allocations of the last changes still exist").isLessThanOrEqualTo(3);
        assertThat(calls.get(FlowReport.Flow.CREDITS)).isLessThanOrEqualTo(3);
    }

    /**
     * The daemon runs the flows as separate jobs, so a payment can be sent while the status flow holds Kravia's
     * answer about the same case from before it. Storing that answer must not undo the capital the payment lowered.
     */
    @Test
    void aStatusAnswerFromBeforeAPaymentLeavesTheCapitalThePaymentLowered() throws Exception {
        InvoiceRef invoice = invoices.get(0);
        InvoiceSnapshot kraviaCase = world.kravia.invoices(Landscape.CREDITOR).stream()
                .filter(c -> c.accountingInvoiceId().equals(Integer.toString(invoice.id()))).findFirst().orElseThrow();
        world.kravia.pause(kraviaCase.id());
        HeldAnswer feedAnswer = world.kravia.faults().forPath("invoice/search").holdNextAnswer();
        CompletableFuture<FlowReport> status = CompletableFuture.supplyAsync(
                () -> bridge.synchronisation().runOne(FlowReport.Flow.STATUS, creditor, false));
        await().atMost(Duration.ofSeconds(20)).until(feedAnswer::isHeld);

        world.seed().registerPayment(invoice.id(), new BigDecimal("300.00"), today, "BNK", "paid during the status run");
        FlowReport payments = bridge.synchronisation().runOne(FlowReport.Flow.PAYMENTS, creditor, false);
        assertThat(payments.sentCount()).as(payments.toString()).isEqualTo(1);
        feedAnswer.release();
        FlowReport statusReport = status.get(30, TimeUnit.SECONDS);

        assertThat(statusReport.failedCount()).as(statusReport.toString()).isZero();
        CollectionCase stored = bridge.database().caseBook().byInvoice(creditor.companyId(), invoice.id()).orElseThrow();
        assertThat(stored.status().value()).as("the status of the held answer").isEqualToIgnoringCase("paused");
        assertThat(stored.remainingCapital().amount()).as("the capital after the payment, not the answer's 1000")
                .isEqualByComparingTo("700.00");
        assertThat(world.kravia.invoice(kraviaCase.id()).remainingCapital()).isEqualByComparingTo("700.00");
    }

    @Test
    void paymentsSentInParallelAreOneKraviaCallEachWithTheRightAmounts() {
        world.kravia.clearRequests();
        for (int i = 0; i < 40; i++) {
            world.seed().registerPayment(invoices.get(i).id(), new BigDecimal(100 + i + ".00"), today, "BNK", "p" + i);
        }
        // a second payment on some cases, in the same page: it goes after the first one on its case
        for (int i = 0; i < 5; i++) {
            world.seed().registerPayment(invoices.get(i).id(), new BigDecimal(900 - i + ".00"), today, "BNK", "rest " + i);
        }

        FlowReport report = bridge.synchronisation().runOne(FlowReport.Flow.PAYMENTS, creditor, false);

        assertThat(report.sentCount()).as(report.toString()).isEqualTo(45);
        assertThat(world.kravia.requests("POST", "invoice/payment")).hasSize(45);
        Map<String, InvoiceSnapshot> cases = new LinkedHashMap<>();
        world.kravia.invoices(Landscape.CREDITOR).forEach(c -> cases.put(c.accountingInvoiceId(), c));
        for (int i = 0; i < 40; i++) {
            BigDecimal expected = i < 5 ? BigDecimal.ZERO : new BigDecimal("1000.00").subtract(new BigDecimal(100 + i));
            assertThat(cases.get(Integer.toString(invoices.get(i).id())).remainingCapital())
                    .as("case of invoice %d", i).isEqualByComparingTo(expected);
        }
        assertThat(report.parkedCount()).isZero();
    }

    @Test
    void statusChangesCostAFewStatementsEachNotOnePerCaseAndRead() {
        int changed = 30;
        for (int i = 0; i < changed; i++) {
            world.kravia.pause(kraviaId(invoices.get(i)));
        }
        bridge.database().statementCounter().reset();

        FlowReport report = bridge.synchronisation().runOne(FlowReport.Flow.STATUS, creditor, false);

        assertThat(report.sentCount()).as(report.toString()).isEqualTo(changed);
        // Each note has its own intent, sending mark and confirmation in the operations log (about four statements);
        // the cases and their history take one statement per feed page, where they took three per case.
        assertThat(bridge.database().statementCounter().statements()).as("statements for %d status changes", changed)
                .isLessThan(5L * changed);
        assertThat(world.cli("status", "--invoice", invoices.get(0).name()).out()).contains("PAUSED");
    }

    private long kraviaId(InvoiceRef invoice) {
        return world.kravia.invoices(Landscape.CREDITOR).stream()
                .filter(c -> c.accountingInvoiceId().equals(Integer.toString(invoice.id()))).findFirst().orElseThrow()
                .id();
    }

    /** The x_kravia_* fields, as {@code bridge odoo setup} creates them. */
    private void addKraviaFields() {
        world.odooDb.addCustomCharField("account.move", "x_kravia_case_id", "Kravia case", true);
        world.odooDb.addCustomCharField("account.move", "x_kravia_status", "Kravia status");
    }
}
