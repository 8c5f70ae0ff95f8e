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
import com.kraviabridge.core.port.collector.CaseFeed;
import com.kraviabridge.core.port.erp.InvoiceNotes;
import com.kraviabridge.core.usecase.report.FlowReport;
import com.kraviabridge.core.usecase.report.InvoiceMessages;
import com.kraviabridge.core.write.RemoteWrites;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The status flow writes a batch's notes while it stores the next batch, and moves its cursor past a batch only
 * once that batch's notes are out: a stop in between must not leave notes behind the cursor.
 */
class RefreshCaseStatusNotesTest {

    private static final long COMPANY = 1;
    private static final long CREDITOR = 77;
    private static final LocalDateTime T0 = LocalDateTime.parse("2026-11-01T00:00:00");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T06:00:00Z"));
    private final InMemoryStore store = new InMemoryStore();
    private final List<String> cursorWhenNotesWritten = Collections.synchronizedList(new ArrayList<>());
    private volatile int failNotesOfBatch = -1;
    private final List<InvoiceNote> written = Collections.synchronizedList(new ArrayList<>());

    /** Three batches of 200 status changes, batch i at T0 + i minutes, each case paused in its own batch. */
    private final CaseFeed feed = new CaseFeed() {
        @Override
        public CaseChanges changesSince(long creditorId, LocalDateTime cursor, int limit) {
            int batch = cursor == null ? 0 : (int) java.time.Duration.between(T0, cursor).toMinutes();
            List<CaseSnapshot> cases = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                cases.add(paused(batch * 1_000L + i));
            }
            return new CaseChanges(cases, T0.plusMinutes(batch + 1), batch == 2);
        }

        private CaseSnapshot paused(long id) {
            return new CaseSnapshot(id, CREDITOR, Long.toString(id), "INV/" + id, new CaseStatus("PAUSED"),
                    Money.of("100.00", "NOK"), T0.plusMinutes(id / 1_000).plusSeconds(1));
        }

        @Override
        public CaseDetails details(long creditorId, long kraviaInvoiceId) {
            return new CaseDetails(paused(kraviaInvoiceId), Money.of("70.00", "NOK"), Money.of("5.00", "NOK"), null,
                    List.of(), List.of());
        }
    };

    private final InvoiceNotes notes = new InvoiceNotes() {
        @Override
        public void addNote(long companyId, long invoiceId, String text) {
            throw new UnsupportedOperationException("notes go many at a time");
        }

        @Override
        public void addNotes(long companyId, List<InvoiceNote> batch) {
            int which = (int) (batch.get(0).invoiceId() / 1_000);
            written.addAll(batch);
            cursorWhenNotesWritten.add(which + ":" + store.read(COMPANY, RefreshCaseStatus.CURSOR_STREAM).orElse("none"));
            if (which == failNotesOfBatch) {
                throw new IllegalStateException("the store of the notes broke");
            }
        }

        @Override
        public void showCase(long companyId, long invoiceId, long kraviaInvoiceId, String status) {
        }
    };

    private final ParallelSender reader = new ParallelSender(2);

    @org.junit.jupiter.api.AfterEach
    void stopReader() {
        reader.close();
    }

    private RefreshCaseStatus flow() {
        for (int batch = 0; batch < 3; batch++) {
            for (int i = 0; i < 200; i++) {
                long id = batch * 1_000L + i;
                store.save(new CollectionCase(COMPANY, id, "INV/" + id, CREDITOR, id, "D", 5, CaseStatus.REGISTERED,
                        null, Money.of("100.00", "NOK"), T0.minusDays(1), Instant.EPOCH));
            }
        }
        return new RefreshCaseStatus(feed, store, new InMemoryStatusHistory(), webhooks, store,
                new InvoiceMessages(notes, new RemoteWrites(new InMemoryOperationsLog(clock), clock)), reader, clock,
                Duration.ofDays(30));
    }

    @Test
    void aRunDeletesTheWebhookCallsProcessedLongerAgoThanTheRetentionADryRunNone() {
        RefreshCaseStatus flow = flow();
        flow.run(new CreditorMapping(COMPANY, CREDITOR), true);
        assertThat(webhooks.deletions).isEmpty();

        flow.run(new CreditorMapping(COMPANY, CREDITOR), false);
        assertThat(webhooks.deletions).containsExactly(
                clock.instant().minus(Duration.ofDays(30)) + " limit " + RefreshCaseStatus.INBOX_PRUNE_BATCH);
    }

    @Test
    void aBatchsNotesAreWrittenBeforeTheCursorPassesIt() {
        FlowReport report = flow().run(new CreditorMapping(COMPANY, CREDITOR), false);

        assertThat(report.sentCount()).isEqualTo(600);
        assertThat(cursorWhenNotesWritten).containsExactly("0:none", "1:" + T0.plusMinutes(1), "2:" + T0.plusMinutes(2));
        assertThat(store.read(COMPANY, RefreshCaseStatus.CURSOR_STREAM)).contains(T0.plusMinutes(3).toString());
        assertThat(store.byInvoice(COMPANY, 2_199)).map(c -> c.status().value()).contains("PAUSED");
        assertThat(written).hasSize(600).first().extracting(InvoiceNote::text).asString()
                .contains("status PAUSED, was REGISTERED").contains("fees 70.00 NOK").contains("interest 5.00 NOK");
    }

    @Test
    void notesThatFailLeaveTheCursorBeforeTheirBatch() {
        failNotesOfBatch = 1;

        assertThatThrownBy(() -> flow().run(new CreditorMapping(COMPANY, CREDITOR), false))
                .hasMessageContaining("the store of the notes broke");

        assertThat(store.read(COMPANY, RefreshCaseStatus.CURSOR_STREAM)).as("past batch 0 only")
                .contains(T0.plusMinutes(1).toString());
    }

    private final NoWebhookCalls webhooks = new NoWebhookCalls();
}
