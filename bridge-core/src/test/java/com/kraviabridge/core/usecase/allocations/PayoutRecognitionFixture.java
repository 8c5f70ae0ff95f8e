package com.kraviabridge.core.usecase.allocations;

import com.kraviabridge.core.domain.CaseChanges;
import com.kraviabridge.core.domain.CaseDetails;
import com.kraviabridge.core.domain.CaseSnapshot;
import com.kraviabridge.core.domain.CaseStatus;
import com.kraviabridge.core.domain.InvoiceNote;
import com.kraviabridge.core.fixture.InMemoryOperationsLog;
import com.kraviabridge.core.fixture.InMemoryStore;
import com.kraviabridge.core.policy.PayoutClassifier;
import com.kraviabridge.core.policy.PayoutClassifiers;
import com.kraviabridge.core.policy.PayoutSignals;
import com.kraviabridge.core.port.collector.CaseFeed;
import com.kraviabridge.core.port.erp.InvoiceAllocations;
import com.kraviabridge.core.port.erp.InvoiceNotes;
import com.kraviabridge.core.usecase.report.InvoiceMessages;
import com.kraviabridge.core.write.RemoteWrites;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Payout recognition for the flow tests: Kravia's partner is #99, its payout journal KRV, and Kravia's record of each
 * case is what the test put in {@link #records} (by default: nothing collected). Notes on invoices are recorded.
 */
final class PayoutRecognitionFixture {

    final Map<Long, CaseDetails> records = new ConcurrentHashMap<>();
    final List<InvoiceNote> notes = new CopyOnWriteArrayList<>();
    final List<Long> asked = new CopyOnWriteArrayList<>();

    PayoutRecognition recognition(InMemoryStore store, InvoiceAllocations erp, Clock clock) {
        PayoutClassifier classifier = new PayoutClassifier(new PayoutSignals(99, Set.of("KRV"), Set.of(), null));
        return new PayoutRecognition(PayoutClassifiers.common(classifier), feed(), messages(clock), store, store, erp,
                clock);
    }

    /** Notes on invoices, recorded in {@link #notes}. */
    InvoiceMessages messages(Clock clock) {
        return new InvoiceMessages(invoiceNotes(), new RemoteWrites(new InMemoryOperationsLog(clock), clock));
    }

    private CaseFeed feed() {
        return new CaseFeed() {
            @Override
            public CaseChanges changesSince(long creditorId, LocalDateTime cursor, int limit) {
                throw new UnsupportedOperationException();
            }

            @Override
            public CaseDetails details(long creditorId, long kraviaInvoiceId) {
                asked.add(kraviaInvoiceId);
                return records.getOrDefault(kraviaInvoiceId, new CaseDetails(new CaseSnapshot(kraviaInvoiceId,
                        creditorId, null, null, CaseStatus.REGISTERED, null, null), null, null, null, List.of(),
                        List.of()));
            }
        };
    }

    private InvoiceNotes invoiceNotes() {
        return new InvoiceNotes() {
            @Override
            public void addNote(long companyId, long invoiceId, String text) {
                notes.add(new InvoiceNote(invoiceId, text));
            }

            @Override
            public void showCase(long companyId, long invoiceId, long kraviaInvoiceId, String status) {
                throw new UnsupportedOperationException("a payout note changes no case field");
            }
        };
    }
}
