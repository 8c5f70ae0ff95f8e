package com.kraviabridge.app.e2e;

import com.kraviabridge.app.wiring.Bridge;
import com.kraviabridge.app.wiring.PortDecorators;
import com.kraviabridge.core.domain.JournalEntry;
import com.kraviabridge.core.domain.JournalLine;
import com.kraviabridge.core.domain.PostedEntry;
import com.kraviabridge.core.port.erp.Ledger;
import com.kraviabridge.core.usecase.report.FlowReport;
import com.kraviabridge.sim.kravia.InvoiceSnapshot;
import com.kraviabridge.sim.kravia.SettlementLine;
import com.kraviabridge.sim.kravia.SettlementSnapshot;
import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.seed.InvoiceRef;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Settlements are posted several at a time: each still becomes exactly one posted entry reconciled with its
 * invoices, and two settlements of the same invoice are never posted at the same time.
 */
@Tag("slow")
class ParallelSettlementsTest {

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Test
    void settlementsArePostedInParallelOnceEachAndNeverTwoOnOneInvoiceAtATime() {
        try (Landscape world = new Landscape(OdooVersion.V17, "jsonrpc", "kravia.max-concurrency = 4")) {
            world.odoo.setToday(today);
            OdooReads odoo = new OdooReads(world.odooDb);
            List<InvoiceRef> invoices = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                PartnerRef debtor = world.seed().partner("Kunde " + i + " AS").company().orgNumber("91234567" + i)
                        .address("Bryggen " + i, "5003", "Bergen", "NO").save();
                invoices.add(world.seed().invoice(debtor).invoiceDate(today.minusDays(45)).dueDate(today.minusDays(30))
                        .amount(new BigDecimal("1000.00").add(BigDecimal.valueOf(100L * i)).toPlainString()).save());
            }
            assertThat(world.cli("sync", "--flow", "invoices").exitCode()).isZero();
            Map<Integer, Long> caseOf = new HashMap<>();
            for (InvoiceSnapshot c : world.kravia.invoices(Landscape.CREDITOR)) {
                caseOf.put(Integer.valueOf(c.accountingInvoiceId()), c.id());
            }
            // eight settlements; each of the last four pays more on an invoice of the one four before it, so with
            // four senders they would be posted at the same time if they were not kept together
            pay(world, caseOf, invoices.get(0), invoices.get(1));
            pay(world, caseOf, invoices.get(2), invoices.get(3));
            pay(world, caseOf, invoices.get(4), invoices.get(5));
            pay(world, caseOf, invoices.get(6), invoices.get(7));
            pay(world, caseOf, invoices.get(0), invoices.get(8));
            world.kravia.debtorPaysInFull(caseOf.get(invoices.get(2).id()));
            world.kravia.debtorPaysInFull(caseOf.get(invoices.get(9).id()));
            assertThat(world.kravia.settleNow(Landscape.CREDITOR)).hasSize(1);
            pay(world, caseOf, invoices.get(4));
            world.kravia.debtorPaysInFull(caseOf.get(invoices.get(6).id()));
            assertThat(world.kravia.settleNow(Landscape.CREDITOR)).hasSize(1);
            List<SettlementSnapshot> settlements = world.kravia.settlements(Landscape.CREDITOR);
            assertThat(settlements).hasSize(8);
            // every Odoo call takes a while, so posts overlap when they may
            world.odoo.faults().latency(Duration.ofMillis(10));
            WatchedLedger watched = new WatchedLedger();
            PortDecorators decorators = new PortDecorators(UnaryOperator.identity(), watched::around,
                    UnaryOperator.identity());

            FlowReport report;
            try (Bridge bridge = world.bridge(decorators)) {
                report = bridge.synchronisation().run(Set.of(FlowReport.Flow.SETTLEMENTS), false, r -> { }).get(0);
            }

            assertThat(report.sentCount()).as(report.toString()).isEqualTo(8);
            assertThat(watched.mostAtOnce.get()).as("settlements posted at the same time").isGreaterThan(1);
            assertThat(watched.clashes).as("invoices posted on by two settlements at once").isEmpty();
            assertThat(world.kravia.settlements(Landscape.CREDITOR)).allMatch(SettlementSnapshot::closed);
            for (SettlementSnapshot settlement : settlements) {
                List<Integer> moves = odoo.movesWithRef("KRAVIA-SETTLEMENT-" + settlement.id());
                assertThat(moves).hasSize(1);
                assertThat(odoo.move(moves.get(0), "state").get("state")).isEqualTo("posted");
                assertThat(receivableLinesOf(world, moves.get(0))).isNotEmpty()
                        .allMatch(line -> Boolean.TRUE.equals(line.get("reconciled")));
            }
            Map<String, BigDecimal> collected = capitalByInvoice(settlements);
            for (InvoiceRef invoice : invoices) {
                BigDecimal amount = new BigDecimal(String.valueOf(odoo.move(invoice.id(), "amount_total").get("amount_total")));
                assertThat(odoo.residual(invoice.id())).as("residual of " + invoice.name())
                        .isEqualByComparingTo(amount.subtract(collected.get(Integer.toString(invoice.id()))));
            }
            assertThat(odoo.residual(invoices.get(2).id())).isZero();
            assertThat(odoo.residual(invoices.get(6).id())).isZero();
            assertThat(odoo.notes(invoices.get(0).id()).stream().filter(n -> n.contains("Kravia collected"))).hasSize(2);
            assertThat(odoo.notes(invoices.get(1).id()).stream().filter(n -> n.contains("Kravia collected"))).hasSize(1);

            // and a run afterwards has nothing left to post
            long creates = world.odoo.stats().count("account.move", "create");
            assertThat(world.cli("sync", "--flow", "settlements").exitCode()).isZero();
            assertThat(world.odoo.stats().count("account.move", "create")).isEqualTo(creates);
        }
    }

    /** The debtors of the invoices pay part of them to Kravia, which settles it at once. */
    private static void pay(Landscape world, Map<Integer, Long> caseOf, InvoiceRef... paid) {
        for (InvoiceRef invoice : paid) {
            world.kravia.debtorPays(caseOf.get(invoice.id()), new BigDecimal("300.00"));
        }
        assertThat(world.kravia.settleNow(Landscape.CREDITOR)).hasSize(1);
    }

    private static List<Map<String, Object>> receivableLinesOf(Landscape world, int moveId) {
        int receivable = world.company.account("1500");
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int id : world.odooDb.search("account.move.line", List.of(List.of("move_id", "=", moveId)))) {
            Map<String, Object> line = world.odooDb.read("account.move.line", id, "account_id", "reconciled");
            if (((List<?>) line.get("account_id")).get(0).equals(receivable)) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** Capital collected per Odoo invoice id over all settlements. */
    private static Map<String, BigDecimal> capitalByInvoice(Collection<SettlementSnapshot> settlements) {
        Map<String, BigDecimal> capital = new HashMap<>();
        for (SettlementSnapshot settlement : settlements) {
            for (SettlementLine line : settlement.lines()) {
                if (SettlementLine.CAPITAL.equals(line.component())) {
                    capital.merge(line.accountingInvoiceId(), line.amount(), BigDecimal::add);
                }
            }
        }
        return capital;
    }

    /** Counts the posts in flight and notes any invoice two of them settle at the same time. */
    private static final class WatchedLedger {

        private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
        private final List<Long> clashes = new CopyOnWriteArrayList<>();
        private final AtomicInteger running = new AtomicInteger();
        private final AtomicInteger mostAtOnce = new AtomicInteger();

        Ledger around(Ledger real) {
            return new ForwardingLedger(real) {
                @Override
                public PostedEntry post(JournalEntry entry) {
                    return watch(entry, () -> real.post(entry));
                }

                @Override
                public PostedEntry postNew(JournalEntry entry) {
                    return watch(entry, () -> real.postNew(entry));
                }
            };
        }

        private PostedEntry watch(JournalEntry entry, Supplier<PostedEntry> post) {
            List<Long> invoices = entry.lines().stream().map(JournalLine::reconcileWithInvoiceId)
                    .filter(id -> id != 0).toList();
            for (Long invoice : invoices) {
                if (!inFlight.add(invoice)) {
                    clashes.add(invoice);
                }
            }
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                return post.get();
            } finally {
                running.decrementAndGet();
                invoices.forEach(inFlight::remove);
            }
        }
    }
}
