package com.kraviabridge.core.usecase.allocations;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.AllocationKind;
import com.kraviabridge.core.domain.CasePart;
import com.kraviabridge.core.domain.DirectPayment;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.fixture.InMemoryStore;
import com.kraviabridge.core.pipeline.SameInvoiceGroups;
import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.usecase.report.FlowReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static com.kraviabridge.core.usecase.allocations.AllocationFlowFixture.CREDITOR;
import static com.kraviabridge.core.usecase.allocations.AllocationFlowFixture.payment;
import static org.assertj.core.api.Assertions.assertThat;

/** Payments of one page go to Kravia in parallel, except those on the same case, which keep their order. */
class ParallelAllocationSendingTest {

    private final AllocationFlowFixture fixture =
            new AllocationFlowFixture(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
    private final InMemoryStore store = fixture.store;
    private final InMemoryAllocations erp = fixture.erp;
    private final RecordingRegistry kravia = fixture.kravia;

    @AfterEach
    void stopSender() {
        fixture.close();
    }

    @Test
    void paymentsOnDifferentCasesAreInFlightTogether() {
        onePaymentPerInvoice(8);
        CountDownLatch fourInFlight = new CountDownLatch(4);
        List<Boolean> metTheOthers = new CopyOnWriteArrayList<>();
        kravia.onPayment = p -> {
            fourInFlight.countDown();
            try {
                metTheOthers.add(fourInFlight.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };

        FlowReport report = fixture.payments().run(CREDITOR, false);

        assertThat(metTheOthers).as("each of the first four calls saw three others in flight").hasSize(8)
                .containsOnly(true);
        assertThat(report.sentCount()).isEqualTo(8);
        assertThat(kravia.payments).as("one Kravia call per payment").hasSize(8);
        assertThat(store.read(1, "erp.allocations.payments")).contains("8");
    }

    @Test
    void paymentsOnTheSameCaseGoOneAfterTheOtherEachCappedAtWhatTheEarlierLeft() {
        fixture.forwarded(10, "1000");
        fixture.forwarded(11, "500");
        fixture.forwarded(12, "800");
        erp.add(payment(1, 10, "700"));
        erp.add(new Allocation(2, 1, 11, AllocationKind.CUSTOMER_PAYMENT, Money.of("200", "NOK"),
                LocalDate.of(2026, 11, 20), 100_001, "PBNK/1", 50_001L, "BNK", 7, null, 0));
        erp.add(payment(3, 11, "400"));
        erp.add(payment(4, 10, "700"));
        erp.add(payment(5, 12, "800"));

        FlowReport report = fixture.payments().run(CREDITOR, false);

        Map<String, DirectPayment> byReference = kravia.payments.stream()
                .collect(Collectors.toMap(DirectPayment::accountingPaymentId, p -> p));
        assertThat(kravia.payments).as("one Kravia call per payment document").hasSize(4);
        assertThat(byReference.get("odoo-payment-50001-1").parts()).extracting(CasePart::amount)
                .containsExactly(Money.of("700", "NOK"), Money.of("200", "NOK"));
        assertThat(byReference.get("odoo-payment-50003-3").total()).isEqualTo(Money.of("300", "NOK"));
        assertThat(byReference.get("odoo-payment-50004-4").total()).isEqualTo(Money.of("300", "NOK"));
        assertThat(byReference.get("odoo-payment-50005-5").total()).isEqualTo(Money.of("800", "NOK"));
        List<String> order = kravia.payments.stream().map(DirectPayment::accountingPaymentId).toList();
        assertThat(order.indexOf("odoo-payment-50001-1")).isLessThan(order.indexOf("odoo-payment-50003-3"))
                .isLessThan(order.indexOf("odoo-payment-50004-4"));
        assertThat(store.byInvoice(1, 10).orElseThrow().remainingCapital().isZero()).isTrue();
        assertThat(store.byInvoice(1, 11).orElseThrow().remainingCapital().isZero()).isTrue();
        assertThat(store.byInvoice(1, 12).orElseThrow().remainingCapital().isZero()).isTrue();
        assertThat(report.parkedCount()).as("the excess of payments 3 and 4").isEqualTo(2);
    }

    @ParameterizedTest(name = "{0} payments")
    @ValueSource(ints = {6, AllocationPages.FIRST_PAGE + 5})
    void theCursorStopsBeforeAGroupThatFailedWhileOthersAndTheNextPageWentInParallel(int payments) {
        onePaymentPerInvoice(payments);
        kravia.onPayment = p -> {
            if (p.accountingPaymentId().endsWith("-3")) {
                throw RemoteFailure.retryable(RemoteFailure.Side.COLLECTOR, "Kravia busy", null);
            }
        };

        FlowReport report = fixture.payments().run(CREDITOR, false);

        assertThat(report.sentCount()).isEqualTo(payments - 1);
        assertThat(report.failedCount()).isEqualTo(1);
        assertThat(store.read(1, "erp.allocations.payments")).contains("2");
        List<Long> all = LongStream.rangeClosed(1, payments).boxed().toList();
        assertThat(store.handled(1, all)).hasSize(payments - 1).doesNotContain(3L);
    }

    @Test
    void theNextPageIsSentWhileTheLastPaymentOfThePageBeforeIsStillOnTheWire() {
        int firstPage = AllocationPages.FIRST_PAGE;
        onePaymentPerInvoice(firstPage + 10);
        CountDownLatch nextPageArrived = new CountDownLatch(1);
        List<Boolean> lastOfFirstPageSawTheNext = new CopyOnWriteArrayList<>();
        kravia.onPayment = p -> {
            if (p.accountingPaymentId().endsWith("-" + firstPage)) {
                try {
                    lastOfFirstPageSawTheNext.add(nextPageArrived.await(10, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else if (p.accountingPaymentId().endsWith("-" + (firstPage + 1))) {
                nextPageArrived.countDown();
            }
        };

        FlowReport report = fixture.payments().run(CREDITOR, false);

        assertThat(lastOfFirstPageSawTheNext).as("the first page's last payment waited for the second page's first")
                .containsExactly(true);
        assertThat(report.sentCount()).isEqualTo(firstPage + 10);
        assertThat(store.read(1, "erp.allocations.payments")).contains(Long.toString(firstPage + 10));
    }

    @Test
    void aPaymentOnAnInvoiceOfThePageBeforeWaitsForItAndIsCappedAtWhatItLeft() {
        int firstPage = AllocationPages.FIRST_PAGE;
        for (long id = 1; id <= firstPage; id++) {
            fixture.forwarded(id, "1000");
            erp.add(payment(id, id, id == 1 ? "700" : "100"));
        }
        erp.add(payment(firstPage + 1, 1, "700"));
        fixture.forwarded(firstPage + 2, "1000");
        erp.add(payment(firstPage + 2, firstPage + 2, "100"));
        CountDownLatch otherOfNextPageArrived = new CountDownLatch(1);
        List<Boolean> firstSawTheOther = new CopyOnWriteArrayList<>();
        List<String> order = new CopyOnWriteArrayList<>();
        kravia.onPayment = p -> {
            if (p.accountingPaymentId().endsWith("-1")) {
                // Still on the wire while the next page goes: a payment on its invoice that went now would be
                // capped at the capital before this one.
                try {
                    firstSawTheOther.add(otherOfNextPageArrived.await(10, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else if (p.accountingPaymentId().endsWith("-" + (firstPage + 2))) {
                otherOfNextPageArrived.countDown();
            }
            order.add(p.accountingPaymentId());
        };

        FlowReport report = fixture.payments().run(CREDITOR, false);

        String second = "odoo-payment-" + (50_000 + firstPage + 1) + "-" + (firstPage + 1);
        assertThat(firstSawTheOther).as("the next page's payment on another invoice went meanwhile").containsExactly(true);
        assertThat(order.indexOf("odoo-payment-50001-1")).isLessThan(order.indexOf(second));
        DirectPayment capped = kravia.payments.stream().filter(p -> p.accountingPaymentId().equals(second))
                .findFirst().orElseThrow();
        assertThat(capped.total()).as("capped at the 300 the first page's 700 left").isEqualTo(Money.of("300", "NOK"));
        assertThat(store.byInvoice(1, 1).orElseThrow().remainingCapital().isZero()).isTrue();
        assertThat(report.parkedCount()).as("the excess of the second payment").isEqualTo(1);
    }

    /** Payment i of 100 on invoice i, whose case still has 1000 to collect. */
    private void onePaymentPerInvoice(int count) {
        for (long invoice = 1; invoice <= count; invoice++) {
            fixture.forwarded(invoice, "1000");
            erp.add(payment(invoice, invoice, "100"));
        }
    }

    @Test
    void groupsSharingAnInvoiceFormOneChainInPageOrder() {
        AllocationGroup a = new AllocationGroup(List.of(payment(1, 10, "1")));
        AllocationGroup b = new AllocationGroup(List.of(payment(2, 20, "1")));
        AllocationGroup c = new AllocationGroup(List.of(payment(3, 30, "1"), payment(4, 20, "1")));
        AllocationGroup d = new AllocationGroup(List.of(payment(5, 30, "1")));
        AllocationGroup e = new AllocationGroup(List.of(payment(6, 40, "1")));

        List<List<AllocationGroup>> chains = SameInvoiceGroups.of(List.of(a, b, c, d, e), AllocationGroup::invoiceIds);

        assertThat(chains).containsExactly(List.of(a), List.of(b, c, d), List.of(e));
    }
}
