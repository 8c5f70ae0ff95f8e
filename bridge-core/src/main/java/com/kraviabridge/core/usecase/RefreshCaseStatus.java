package com.kraviabridge.core.usecase;

import com.kraviabridge.core.domain.CaseDetails;
import com.kraviabridge.core.domain.CaseSnapshot;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.pipeline.Background;
import com.kraviabridge.core.port.collector.CaseFeed;
import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.port.store.CaseBook;
import com.kraviabridge.core.port.store.Cursors;
import com.kraviabridge.core.port.store.StatusChange;
import com.kraviabridge.core.port.store.StatusHistory;
import com.kraviabridge.core.port.store.WebhookEvent;
import com.kraviabridge.core.port.store.WebhookInbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Flow 4: Kravia's view of each case comes back into the bridge and onto the ERP invoice. The delta feed is the
 * source of truth; webhooks only make it happen sooner for the cases they name. Every change is kept in the
 * status history, and users get one note per status change, never one per poll.
 */
public final class RefreshCaseStatus {

    static final String CURSOR_STREAM = "kravia.changes";
    private static final int BATCH = 500;
    /** Old webhook calls deleted per run at most, so one run never spends long on them. */
    static final int INBOX_PRUNE_BATCH = 5_000;

    private final CaseFeed feed;
    private final CaseBook cases;
    private final StatusHistory history;
    private final WebhookInbox inbox;
    private final Cursors cursors;
    private final InvoiceMessages messages;
    private final Clock clock;
    private final Duration inboxRetention;

    /** @param inboxRetention how long a processed webhook call is kept before a run deletes it */
    public RefreshCaseStatus(CaseFeed feed, CaseBook cases, StatusHistory history, WebhookInbox inbox, Cursors cursors,
                             InvoiceMessages messages, Clock clock, Duration inboxRetention) {
        this.feed = feed;
        this.cases = cases;
        this.history = history;
        this.inbox = inbox;
        this.cursors = cursors;
        this.messages = messages;
        this.clock = clock;
        this.inboxRetention = inboxRetention;
    }

    public FlowReport run(CreditorMapping creditor, boolean dryRun) {
        FlowReport report = new FlowReport(FlowReport.Flow.STATUS, creditor.companyId());
        if (!dryRun) {
            messages.retryOverdue(creditor.companyId(), invoiceId -> cases.byInvoice(creditor.companyId(), invoiceId));
            inbox.deleteProcessedBefore(clock.instant().minus(inboxRetention), INBOX_PRUNE_BATCH);
        }
        processWebhooks(creditor, dryRun, report);
        pullChanges(creditor, dryRun, report);
        return report;
    }

    /**
     * Walks the feed batch by batch. A batch's notes go to the ERP on a thread of their own while the next batch is
     * stored, one batch after the other so they keep their order; the cursor passes a batch only once its notes
     * are written (or recorded to be written again), so none is lost to a stop in between.
     */
    private void pullChanges(CreditorMapping creditor, boolean dryRun, FlowReport report) {
        LocalDateTime from = cursors.read(creditor.companyId(), CURSOR_STREAM).map(LocalDateTime::parse).orElse(null);
        NotesInOrder notes = new NotesInOrder(creditor.companyId(), dryRun);
        try {
            CaseChangeWalk.walk(feed, creditor.creditorId(), from, BATCH, clock, (start, changes, readAt) -> {
                List<InvoiceMessages.Message> batchNotes =
                        applyAll(creditor, changes.cases(), Map.of(), null, readAt, dryRun, report);
                notes.post(batchNotes, CaseChangeWalk.advances(start, changes) ? changes.nextCursor() : null);
            });
        } catch (RuntimeException | Error failure) {
            notes.awaitAfter(failure);
            throw failure;
        }
        notes.finish();
    }

    /** The notes of one batch at a time in the background, and the cursor of the batch whose notes are out. */
    private final class NotesInOrder {
        private final long companyId;
        private final boolean dryRun;
        private Background<Void> posting = Background.none();
        private LocalDateTime cursorAfterPosting;

        NotesInOrder(long companyId, boolean dryRun) {
            this.companyId = companyId;
            this.dryRun = dryRun;
        }

        void post(List<InvoiceMessages.Message> batchNotes, LocalDateTime cursorAfter) {
            finish();
            posting = Background.start("status-notes", () -> messages.post(batchNotes));
            cursorAfterPosting = cursorAfter;
        }

        /** Waits for the notes under way, then moves the cursor past their batch. */
        void finish() {
            Background<Void> underWay = posting;
            posting = Background.none();
            underWay.await();
            if (!dryRun && cursorAfterPosting != null) {
                cursors.write(companyId, CURSOR_STREAM, cursorAfterPosting.toString());
            }
            cursorAfterPosting = null;
        }

        void awaitAfter(Throwable failure) {
            posting.awaitAfter(failure);
        }
    }

    private void processWebhooks(CreditorMapping creditor, boolean dryRun, FlowReport report) {
        List<WebhookEvent> events = inbox.pending(creditor.creditorId(), BATCH);
        if (events.isEmpty()) {
            return;
        }
        Set<Long> claims = new LinkedHashSet<>();
        events.forEach(e -> claims.add(e.claimId()));
        Map<Long, CollectionCase> known = cases.byKraviaIds(creditor.creditorId(), claims);
        List<CaseSnapshot> snapshots = new ArrayList<>();
        Map<Long, CaseDetails> details = new HashMap<>();
        Instant readAt = clock.instant();
        for (long claim : claims) {
            if (!known.containsKey(claim)) {
                continue;
            }
            try {
                CaseDetails d = feed.details(creditor.creditorId(), claim);
                snapshots.add(d.snapshot());
                details.put(d.snapshot().kraviaInvoiceId(), d);
            } catch (RemoteFailure failure) {
                // The periodic pull catches this case up; the webhook was only a wake-up call.
                report.failed("case " + claim + ": " + failure.describe());
            }
        }
        messages.post(applyAll(creditor, snapshots, details, known, readAt, dryRun, report));
        if (!dryRun) {
            inbox.markProcessed(events.stream().map(WebhookEvent::id).toList());
        }
    }

    /**
     * Brings a batch of cases up to Kravia's view with one read of the stored cases, one write of those that
     * changed and one of their history, whatever the size of the batch; returns the notes for the ERP.
     *
     * @param known  the stored cases when the caller has read them already, else null
     * @param readAt when the snapshots were asked for (see {@link CaseBook#recordStatus})
     */
    private List<InvoiceMessages.Message> applyAll(CreditorMapping creditor, List<CaseSnapshot> snapshots,
                                                   Map<Long, CaseDetails> details, Map<Long, CollectionCase> known,
                                                   Instant readAt, boolean dryRun, FlowReport report) {
        if (snapshots.isEmpty()) {
            return List.of();
        }
        Map<Long, CollectionCase> stored = new HashMap<>(known != null ? known : cases.byKraviaIds(
                creditor.creditorId(), snapshots.stream().map(CaseSnapshot::kraviaInvoiceId).toList()));
        Map<String, CollectionCase> changed = new LinkedHashMap<>();
        List<StatusChange> statusChanges = new ArrayList<>();
        List<InvoiceMessages.Message> notes = new ArrayList<>();
        for (CaseSnapshot snapshot : snapshots) {
            CollectionCase current = stored.get(snapshot.kraviaInvoiceId());
            if (current == null) {
                continue;
            }
            CollectionCase updated = apply(creditor, current, snapshot, details.get(snapshot.kraviaInvoiceId()),
                    dryRun, report, statusChanges, notes);
            if (updated != null) {
                // A case twice in one batch: the later snapshot is judged against the earlier one's result.
                stored.put(snapshot.kraviaInvoiceId(), updated);
                changed.put(updated.companyId() + ":" + updated.invoiceId(), updated);
            }
        }
        if (!dryRun) {
            cases.recordStatus(changed.values(), readAt);
            history.recordAll(statusChanges);
        }
        return notes;
    }

    /** Decides about one case; returns the case to store, or null when nothing is to be stored. */
    private CollectionCase apply(CreditorMapping creditor, CollectionCase current, CaseSnapshot snapshot,
                                 CaseDetails knownDetails, boolean dryRun, FlowReport report,
                                 List<StatusChange> statusChanges, List<InvoiceMessages.Message> notes) {
        if (current.kraviaUpdatedAt() != null && snapshot.lastUpdated() != null
                && snapshot.lastUpdated().isBefore(current.kraviaUpdatedAt())) {
            report.unchanged();
            return null;
        }
        boolean statusChanged = !current.status().equals(snapshot.status());
        String closeReason = current.closeReason();
        if (statusChanged && snapshot.status().isClosed()) {
            CaseDetails details = knownDetails != null ? knownDetails
                    : feed.details(creditor.creditorId(), snapshot.kraviaInvoiceId());
            closeReason = details.closeReason();
        } else if (knownDetails != null) {
            closeReason = knownDetails.closeReason();
        }
        boolean capitalChanged = !Objects.equals(current.remainingCapital(), snapshot.remainingCapital());
        if (!statusChanged && !capitalChanged && Objects.equals(closeReason, current.closeReason())) {
            report.unchanged();
            return null;
        }
        CollectionCase updated = current.withStatus(snapshot.status(), closeReason, snapshot.remainingCapital(),
                snapshot.lastUpdated());
        if (dryRun) {
            report.sent("case " + current.kraviaInvoiceId() + " (invoice " + current.invoiceNumber() + "): "
                    + current.status() + " -> " + snapshot.status());
            return null;
        }
        if (statusChanged || !Objects.equals(closeReason, current.closeReason())) {
            statusChanges.add(new StatusChange(creditor.creditorId(), current.kraviaInvoiceId(), current.invoiceId(),
                    snapshot.status().value(), closeReason, snapshot.lastUpdated(), clock.instant()));
            notes.add(InvoiceMessages.statusChanged(updated, current.status().value()));
            report.sent("case " + current.kraviaInvoiceId() + " (invoice " + current.invoiceNumber() + "): "
                    + current.status() + " -> " + updated.status() + (closeReason == null ? "" : " (" + closeReason + ")"));
        } else {
            report.unchanged();
        }
        return updated;
    }
}
