package com.kraviabridge.core.usecase.allocations;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.AllocationKind;
import com.kraviabridge.core.domain.CaseChanges;
import com.kraviabridge.core.domain.CaseDetails;
import com.kraviabridge.core.domain.CaseStatus;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.fixture.InMemoryOperationsLog;
import com.kraviabridge.core.fixture.InMemoryStore;
import com.kraviabridge.core.pipeline.ParallelSender;
import com.kraviabridge.core.port.collector.CaseFeed;
import com.kraviabridge.core.port.store.ForwardedAllocations;
import com.kraviabridge.core.write.RemoteWrites;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What the tests of the payments and credits flows share: the store and the ERP in memory, a Kravia that records
 * what arrives, four senders, and the cases and allocations they are made of.
 */
final class AllocationFlowFixture implements AutoCloseable {

    static final CreditorMapping CREDITOR = new CreditorMapping(1, 501);

    final InMemoryStore store = new InMemoryStore();
    final InMemoryAllocations erp = new InMemoryAllocations();
    final RecordingRegistry kravia = new RecordingRegistry();
    final PayoutRecognitionFixture payouts = new PayoutRecognitionFixture();
    /** Where the flows book the allocations they handled: the store, unless a test makes the booking fail. */
    ForwardedAllocations handled = store;
    private final ParallelSender sender = new ParallelSender(4);
    private final Clock clock;

    AllocationFlowFixture(Clock clock) {
        this.clock = clock;
    }

    ForwardDirectPayments payments() {
        return payments(500);
    }

    ForwardDirectPayments payments(int pageSize) {
        return new ForwardDirectPayments(erp, store, handled, store, store,
                new RemoteWrites(new InMemoryOperationsLog(clock), clock), payouts.messages(clock), kravia, noFeed(),
                payouts.recognition(store, erp, clock), clock, pageSize, sender);
    }

    ForwardCredits credits() {
        return credits(500);
    }

    ForwardCredits credits(int pageSize) {
        return new ForwardCredits(erp, store, handled, store, store,
                new RemoteWrites(new InMemoryOperationsLog(clock), clock), payouts.messages(clock), kravia, noFeed(),
                clock, pageSize, sender);
    }

    void forwarded(long invoiceId, String capital) {
        store.save(collectionCase(invoiceId, capital));
    }

    CollectionCase collectionCase(long invoiceId, String capital) {
        return new CollectionCase(1, invoiceId, "INV/" + invoiceId, 501, 880_000 + invoiceId, "C-1", 7,
                CaseStatus.REGISTERED, null, Money.of(capital, "NOK"), null, clock.instant());
    }

    static Allocation payment(long id, long invoiceId, String amount) {
        return new Allocation(id, 1, invoiceId, AllocationKind.CUSTOMER_PAYMENT, Money.of(amount, "NOK"),
                LocalDate.of(2026, 11, 20), 100_000 + id, "PBNK/" + id, 50_000 + id, "BNK", 7, null, 0);
    }

    static Allocation credit(long id, long invoiceId, String amount) {
        return new Allocation(id, 1, invoiceId, AllocationKind.CREDIT_NOTE, Money.of(amount, "NOK"),
                LocalDate.of(2026, 11, 20), 200_000 + id, "RINV/" + id, null, "INV", 7, null, invoiceId);
    }

    /** These flows never ask Kravia about a case unless an answer was lost, which these tests do not do. */
    private static CaseFeed noFeed() {
        return new CaseFeed() {
            @Override
            public CaseChanges changesSince(long creditorId, LocalDateTime cursor, int limit) {
                throw new UnsupportedOperationException();
            }

            @Override
            public CaseDetails details(long creditorId, long kraviaInvoiceId) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Override
    public void close() {
        sender.close();
    }
}
