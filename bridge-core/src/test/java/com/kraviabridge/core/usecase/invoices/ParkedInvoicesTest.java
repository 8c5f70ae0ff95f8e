package com.kraviabridge.core.usecase.invoices;

import com.kraviabridge.core.fixture.InMemoryStore;
import com.kraviabridge.core.port.store.ParkedKind;
import com.kraviabridge.core.port.store.ParkedRecord;
import com.kraviabridge.core.port.store.RecordKey;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ParkedInvoicesTest {

    private static final long COMPANY = 1;
    private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");

    private final InMemoryStore store = new InMemoryStore();
    private final ParkedInvoices parkedInvoices = new ParkedInvoices(store, Clock.fixed(AT, ZoneOffset.UTC));

    @Test
    void rejectionsAndApprovalsOfInvoicesNoLongerCandidatesAreReleasedOthersStay() {
        store.park(record(RecordKey.invoice(COMPANY, 10), ParkedKind.INVOICE, 10));           // paid meanwhile
        store.park(record(RecordKey.invoice(COMPANY, 11), ParkedKind.AWAITING_APPROVAL, 11)); // credited meanwhile
        store.park(record(RecordKey.invoice(COMPANY, 12), ParkedKind.INVOICE, 12));           // still overdue
        store.park(record(RecordKey.payment(COMPANY, 13), ParkedKind.PAYMENT, 0));            // another flow's

        parkedInvoices.releaseNoLongerCandidates(COMPANY, Set.of(12L));

        assertThat(store.list(COMPANY)).extracting(ParkedRecord::key).containsExactlyInAnyOrder(
                RecordKey.invoice(COMPANY, 12).text(), RecordKey.payment(COMPANY, 13).text());
    }

    private static ParkedRecord record(RecordKey key, ParkedKind kind, long invoiceId) {
        return new ParkedRecord(key.text(), COMPANY, kind, "INV/" + invoiceId, "a reason", AT, invoiceId);
    }
}
