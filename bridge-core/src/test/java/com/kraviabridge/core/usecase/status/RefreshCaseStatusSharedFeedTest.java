package com.kraviabridge.core.usecase.status;

import com.kraviabridge.core.domain.CaseChanges;
import com.kraviabridge.core.domain.CaseDetails;
import com.kraviabridge.core.domain.CaseSnapshot;
import com.kraviabridge.core.domain.CaseStatus;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.domain.InvoiceNote;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.fixture.InMemoryOperationsLog;
import com.kraviabridge.core.fixture.InMemoryStore;
import com.kraviabridge.core.fixture.MutableClock;
import com.kraviabridge.core.pipeline.ParallelSender;
import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.port.collector.CaseFeed;
import com.kraviabridge.core.port.erp.InvoiceNotes;
import com.kraviabridge.core.usecase.report.FlowReport;
import com.kraviabridge.core.usecase.report.InvoiceMessages;
import com.kraviabridge.core.write.RemoteWrites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two companies, each its own Kravia creditor, on one Kravia access: the change feed is read once for both, each
 * gets its own cases, and each cursor moves only past what was handled for its company.
 */
class RefreshCaseStatusSharedFeedTest {

    private static final long COMPANY_A = 1;
    private static final long COMPANY_B = 2;
    private static final long CREDITOR_A = 77;
    private static final long CREDITOR_B = 88;
    private static final CreditorMapping A = new CreditorMapping(COMPANY_A, CREDITOR_A);
    private static final CreditorMapping B = new CreditorMapping(COMPANY_B, CREDITOR_B);
    private static final LocalDateTime T0 = LocalDateTime.parse("2026-11-01T00:00:00");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T06:00:00Z"));
    private final InMemoryStore store = new InMemoryStore();
    private final ParallelSender reader = new ParallelSender(2);
    private final List<String> notesWritten = Collections.synchronizedList(new ArrayList<>());
    private final List<String> feedReads = Collections.synchronizedList(new ArrayList<>());
    private volatile long refuseDetailsOf = -1;

    /**
     * Two batches: batch i at T0 + i minutes holds case 10 + i of creditor A and case 20 + i of creditor B, each
     * gone to COLLECTION_NOTICE.
     */
    private final CaseFeed feed = new CaseFeed() {
        @Override
        public CaseChanges changesSince(long creditorId, LocalDateTime cursor, int limit) {
            throw new AssertionError("the feed is read for all creditors at once");
        }

        @Override
        public CaseChanges changesSince(Set<Long> creditorIds, LocalDateTime cursor, int limit) {
            feedReads.add(creditorIds + " from " + cursor);
            int batch = cursor == null ? 0 : (int) Duration.between(T0, cursor).toMinutes();
            return new CaseChanges(List.of(snapshot(10 + batch, CREDITOR_A), snapshot(20 + batch, CREDITOR_B)),
                    T0.plusMinutes(batch + 1), batch == 1);
        }

        @Override
        public CaseDetails details(long creditorId, long kraviaInvoiceId) {
            if (kraviaInvoiceId == refuseDetailsOf) {
                throw RemoteFailure.retryable(RemoteFailure.Side.COLLECTOR, "Kravia busy", null);
            }
            return new CaseDetails(snapshot(kraviaInvoiceId, creditorId), Money.of("70.00", "NOK"),
                    Money.of("1.50", "NOK"), null, List.of(), List.of());
        }
    };

    private static CaseSnapshot snapshot(long id, long creditorId) {
        return new CaseSnapshot(id, creditorId, Long.toString(id), "INV/" + id, new CaseStatus("COLLECTION_NOTICE"),
                Money.of("100.00", "NOK"), T0.plusMinutes(id % 10).plusSeconds(1));
    }

    private final InvoiceNotes notes = new InvoiceNotes() {
        @Override
        public void addNote(long companyId, long invoiceId, String text) {
            notesWritten.add(companyId + ":" + invoiceId + ":" + text);
        }

        @Override
        public void showCase(long companyId, long invoiceId, long kraviaInvoiceId, String status) {
        }
    };

    @AfterEach
    void stopReader() {
        reader.close();
    }

    private RefreshCaseStatus flow() {
        for (long id : List.of(10L, 11L)) {
            store.save(registered(COMPANY_A, CREDITOR_A, id));
        }
        for (long id : List.of(20L, 21L)) {
            store.save(registered(COMPANY_B, CREDITOR_B, id));
        }
        return new RefreshCaseStatus(feed, store, new InMemoryStatusHistory(), new NoWebhookCalls(), store,
                new InvoiceMessages(notes, new RemoteWrites(new InMemoryOperationsLog(clock), clock)), reader, clock,
                Duration.ofDays(30));
    }

    private static CollectionCase registered(long companyId, long creditorId, long id) {
        return new CollectionCase(companyId, id, "INV/" + id, creditorId, id, "D", 5, CaseStatus.REGISTERED, null,
                Money.of("100.00", "NOK"), T0.minusDays(1), Instant.EPOCH);
    }

    @Test
    void theFeedIsReadOnceForBothCompaniesAndEachGetsItsOwnCases() {
        List<FlowReport> reports = flow().run(List.of(A, B), false);

        assertThat(feedReads).containsExactly("[77, 88] from null", "[77, 88] from " + T0.plusMinutes(1));
        assertThat(reports).extracting(FlowReport::companyId).containsExactly(COMPANY_A, COMPANY_B);
        assertThat(reports).extracting(FlowReport::sentCount).containsExactly(2, 2);
        assertThat(notesWritten).extracting(n -> n.substring(0, n.indexOf(':', 2)))
                .containsExactlyInAnyOrder("1:10", "1:11", "2:20", "2:21");
        assertThat(notesWritten).allSatisfy(n -> assertThat(n).contains("fees 70.00 NOK").contains("interest 1.50 NOK"));
        assertThat(store.read(COMPANY_A, RefreshCaseStatus.CURSOR_STREAM)).contains(T0.plusMinutes(2).toString());
        assertThat(store.read(COMPANY_B, RefreshCaseStatus.CURSOR_STREAM)).contains(T0.plusMinutes(2).toString());
    }

    @Test
    void aCompanyWhoseCasesCannotBeReadStopsAloneAndKeepsItsCursorBeforeThem() {
        refuseDetailsOf = 21;

        List<FlowReport> reports = flow().run(List.of(A, B), false);

        assertThat(reports.get(0).sentCount()).isEqualTo(2);
        assertThat(reports.get(0).failedCount()).isZero();
        assertThat(reports.get(1).failedCount()).isEqualTo(1);
        assertThat(reports.get(1).lines()).anyMatch(l -> l.startsWith("stopped:") && l.contains("Kravia busy"));
        assertThat(store.read(COMPANY_A, RefreshCaseStatus.CURSOR_STREAM)).contains(T0.plusMinutes(2).toString());
        assertThat(store.read(COMPANY_B, RefreshCaseStatus.CURSOR_STREAM)).as("not past the batch it failed in")
                .isNotEqualTo(java.util.Optional.of(T0.plusMinutes(2).toString()));
        assertThat(store.byInvoice(COMPANY_B, 21)).map(c -> c.status().value()).contains("REGISTERED");
    }

    @Test
    void aCompanyAheadOfTheOtherGetsOnlyWhatIsNewForIt() {
        store.write(COMPANY_A, RefreshCaseStatus.CURSOR_STREAM, T0.plusMinutes(1).toString());

        List<FlowReport> reports = flow().run(List.of(A, B), false);

        assertThat(feedReads).first().isEqualTo("[77, 88] from null");
        assertThat(reports.get(0).sentCount()).as("case 10 is older than its cursor").isEqualTo(1);
        assertThat(store.byInvoice(COMPANY_A, 10)).map(c -> c.status().value()).contains("REGISTERED");
        assertThat(reports.get(1).sentCount()).isEqualTo(2);
    }

    @Test
    void aRunWhereNothingChangedWritesNoNote() {
        RefreshCaseStatus flow = flow();
        flow.run(List.of(A, B), false);
        notesWritten.clear();
        store.write(COMPANY_A, RefreshCaseStatus.CURSOR_STREAM, T0.toString());
        store.write(COMPANY_B, RefreshCaseStatus.CURSOR_STREAM, T0.toString());

        List<FlowReport> again = flow.run(List.of(A, B), false);

        assertThat(again).extracting(FlowReport::sentCount).containsExactly(0, 0);
        assertThat(notesWritten).isEmpty();
    }
}
