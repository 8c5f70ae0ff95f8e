package com.kraviabridge.core.usecase.allocations;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.AllocationKind;
import com.kraviabridge.core.domain.CaseDetails;
import com.kraviabridge.core.domain.CaseStatus;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.Credit;
import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.domain.DirectPayment;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.domain.NewCase;
import com.kraviabridge.core.domain.RegisteredCase;
import com.kraviabridge.core.fixture.InMemoryOperationsLog;
import com.kraviabridge.core.fixture.InMemoryStore;
import com.kraviabridge.core.pipeline.ParallelSender;
import com.kraviabridge.core.port.collector.CaseFeed;
import com.kraviabridge.core.port.collector.CaseRegistry;
import com.kraviabridge.core.usecase.report.FlowReport;
import com.kraviabridge.core.write.RemoteWrites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The decisions of the direct-payment flow, in isolation from the adapters (which the end-to-end tests cover). */
class ForwardDirectPaymentsTest {

    private static final CreditorMapping CREDITOR = new CreditorMapping(1, 501);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private final InMemoryStore store = new InMemoryStore();
    private final InMemoryAllocations erp = new InMemoryAllocations();
    private final List<DirectPayment> sent = new CopyOnWriteArrayList<>();
    private final ParallelSender sender = new ParallelSender(4);
    private final PayoutRecognitionFixture payouts = new PayoutRecognitionFixture();

    private final CaseRegistry registry = new CaseRegistry() {
        @Override
        public RegisteredCase register(NewCase newCase) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<RegisteredCase> findByAccountingInvoiceId(long c, String r, LocalDateTime n) {
            return Optional.empty();
        }

        @Override
        public void registerPayment(long creditorId, DirectPayment payment) {
            sent.add(payment);
        }

        @Override
        public void registerCredit(long creditorId, Credit credit) {
            throw new UnsupportedOperationException();
        }
    };

    @AfterEach
    void stopSender() {
        sender.close();
    }

    private final CaseFeed feed = new CaseFeed() {
        @Override
        public com.kraviabridge.core.domain.CaseChanges changesSince(long c, LocalDateTime cursor, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CaseDetails details(long creditorId, long kraviaInvoiceId) {
            throw new UnsupportedOperationException();
        }
    };

    private ForwardDirectPayments flow(int pageSize) {
        return new ForwardDirectPayments(erp, store, store, store, store,
                new RemoteWrites(new InMemoryOperationsLog(clock), clock), payouts.messages(clock), registry, feed,
                payouts.recognition(store, erp, clock), clock, pageSize, sender);
    }

    private void forwarded(long invoiceId, long caseId, String capital) {
        store.save(new CollectionCase(1, invoiceId, "INV/" + invoiceId, 501, caseId, "C-1", 7, CaseStatus.REGISTERED,
                null, Money.of(capital, "NOK"), null, clock.instant()));
    }

    private Allocation payment(long id, long invoiceId, String amount, long paymentId, long partner, String journal) {
        return new Allocation(id, 1, invoiceId, AllocationKind.CUSTOMER_PAYMENT, Money.of(amount, "NOK"),
                LocalDate.of(2026, 11, 20), 1000 + paymentId, "PBNK/" + paymentId, paymentId, journal, partner, null, 0);
    }

    @Test
    void onePaymentOverTwoForwardedInvoicesIsOneRequestWithTwoParts() {
        forwarded(10, 880001, "1000");
        forwarded(11, 880002, "500");
        erp.add(payment(1, 10, "1000", 5, 7, "BNK"));
        erp.add(payment(2, 11, "500", 5, 7, "BNK"));
        erp.add(payment(3, 12, "300", 6, 8, "BNK"));

        FlowReport report = flow(500).run(CREDITOR, false);

        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).total()).isEqualTo(Money.of("1500", "NOK"));
        assertThat(sent.get(0).parts()).extracting(p -> p.kraviaInvoiceId()).containsExactly(880001L, 880002L);
        assertThat(report.sentCount()).isEqualTo(1);
        assertThat(store.byInvoice(1, 10).orElseThrow().remainingCapital().isZero()).isTrue();
        assertThat(store.read(1, "erp.allocations.payments")).contains("3");
    }

    @Test
    void aPaymentIsNeverCutAtAPageEdge() {
        forwarded(10, 880001, "1000");
        forwarded(11, 880002, "500");
        erp.add(payment(1, 10, "1000", 5, 7, "BNK"));
        erp.add(payment(2, 11, "500", 5, 7, "BNK"));

        flow(1).run(CREDITOR, false);

        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).parts()).hasSize(2);
    }

    @Test
    void kraviaPayoutsAndOwnEntriesAreNeverSentBack() {
        forwarded(10, 880001, "1000");
        erp.add(payment(1, 10, "100", 5, 99, "BNK"));
        erp.add(payment(2, 10, "100", 6, 7, "KRV"));
        erp.add(new Allocation(3, 1, 10, AllocationKind.BRIDGE_ENTRY, Money.of("100", "NOK"), LocalDate.of(2026, 11, 20),
                77, "MISC/1", null, "MISC", 7, "KRAVIA-SETTLEMENT-9", 0));

        FlowReport report = flow(500).run(CREDITOR, false);

        assertThat(sent).isEmpty();
        assertThat(report.lines()).anyMatch(l -> l.contains("recognised Kravia payout"));
        assertThat(store.handled(1, List.of(1L, 2L, 3L))).containsExactlyInAnyOrder(1L, 2L, 3L);
    }

    @Test
    void paymentAboveTheRemainingCapitalIsCappedAndTheRestReported() {
        forwarded(10, 880001, "400");
        erp.add(payment(1, 10, "1000", 5, 7, "BNK"));

        FlowReport report = flow(500).run(CREDITOR, false);

        assertThat(sent.get(0).total()).isEqualTo(Money.of("400", "NOK"));
        assertThat(report.parkedCount()).isEqualTo(1);
        assertThat(store.all()).singleElement().satisfies(p -> assertThat(p.reason()).contains("600.00 NOK more"));
    }

    @Test
    void unclassifiableEntryIsParkedNotGuessed() {
        forwarded(10, 880001, "1000");
        erp.add(new Allocation(1, 1, 10, AllocationKind.OTHER_ENTRY, Money.of("100", "NOK"), LocalDate.of(2026, 11, 20),
                77, "MISC/5", null, "MISC", 0, "write-off", 0));

        flow(500).run(CREDITOR, false);

        assertThat(sent).isEmpty();
        assertThat(store.all()).singleElement().satisfies(p -> assertThat(p.reason()).contains("MISC/5"));
    }

    @Test
    void paymentUndoneInTheErpAfterForwardingIsParked() {
        forwarded(10, 880001, "1000");
        erp.add(payment(1, 10, "300", 5, 7, "BNK"));
        ForwardDirectPayments flow = flow(500);
        flow.run(CREDITOR, false);
        erp.undo(1);

        FlowReport report = flow.run(CREDITOR, false);

        assertThat(report.parkedCount()).isEqualTo(1);
        assertThat(store.all()).anySatisfy(p -> assertThat(p.reason()).contains("undone in Odoo"));
        assertThat(flow.run(CREDITOR, false).parkedCount()).as("reported once").isZero();
    }

    @Test
    void secondRunSendsNothing() {
        forwarded(10, 880001, "1000");
        erp.add(payment(1, 10, "300", 5, 7, "BNK"));
        ForwardDirectPayments flow = flow(500);
        flow.run(CREDITOR, false);
        store.cursors.clear();

        flow.run(CREDITOR, false);

        assertThat(sent).hasSize(1);
    }

    @Test
    void dryRunSendsAndWritesNothing() {
        forwarded(10, 880001, "1000");
        erp.add(payment(1, 10, "300", 5, 7, "BNK"));

        FlowReport report = flow(500).run(CREDITOR, true);

        assertThat(sent).isEmpty();
        assertThat(report.lines()).anyMatch(l -> l.startsWith("would register direct payment PBNK/5"));
        assertThat(store.cursors).isEmpty();
        assertThat(store.allocations).isEmpty();
    }
}
