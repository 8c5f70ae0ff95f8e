package com.kraviabridge.core.usecase.status;

import com.kraviabridge.core.domain.CaseDetails;
import com.kraviabridge.core.domain.CaseSnapshot;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.pipeline.ParallelSender;
import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.port.collector.CaseFeed;
import com.kraviabridge.core.port.store.CaseBook;
import com.kraviabridge.core.port.store.Cursors;
import com.kraviabridge.core.port.store.StatusHistory;
import com.kraviabridge.core.port.store.WebhookEvent;
import com.kraviabridge.core.port.store.WebhookInbox;
import com.kraviabridge.core.usecase.report.FlowReport;
import com.kraviabridge.core.usecase.report.InvoiceMessages;
import com.kraviabridge.core.usecase.status.StatusUpdates.KraviaView;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flow 4: Kravia's view of each case comes back into the bridge and onto the ERP invoice. It reads the cases that
 * changed in Kravia, stores what changed, keeps each status change in the history, shows the status on the
 * invoice and tells it in the invoice's chatter, with the fees and interest Kravia reports, once per change.
 * Kravia's change feed is the source of truth, read once for every creditor; webhooks only make it happen sooner
 * for the cases they name.
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
    private final CaseDetailsReader details;
    private final Clock clock;
    private final Duration inboxRetention;

    /**
     * @param reader         reads the details of several cases side by side
     * @param inboxRetention how long a processed webhook call is kept before a run deletes it
     */
    public RefreshCaseStatus(CaseFeed feed, CaseBook cases, StatusHistory history, WebhookInbox inbox, Cursors cursors,
                             InvoiceMessages messages, ParallelSender reader, Clock clock, Duration inboxRetention) {
        this.feed = feed;
        this.cases = cases;
        this.history = history;
        this.inbox = inbox;
        this.cursors = cursors;
        this.messages = messages;
        this.details = new CaseDetailsReader(feed, reader);
        this.clock = clock;
        this.inboxRetention = inboxRetention;
    }

    public FlowReport run(CreditorMapping creditor, boolean dryRun) {
        return run(List.of(creditor), dryRun).get(0);
    }

    /** Refreshes the cases of every creditor, one report per creditor in the order given. */
    public List<FlowReport> run(List<CreditorMapping> creditors, boolean dryRun) {
        FeedShares shares = new FeedShares(creditors, cursors, CURSOR_STREAM, dryRun);
        if (!dryRun) {
            shares.forEach(s -> messages.retryOverdue(s.creditor().companyId(),
                    invoiceId -> cases.byInvoice(s.creditor().companyId(), invoiceId)));
            inbox.deleteProcessedBefore(clock.instant().minus(inboxRetention), INBOX_PRUNE_BATCH);
        }
        shares.forEach(share -> refreshNamedByWebhooks(share, dryRun));
        readChangedCases(shares, dryRun);
        return shares.reports();
    }

    /** Walks the feed once for all creditors; a batch's notes go to the ERP while the next batch is stored. */
    private void readChangedCases(FeedShares shares, boolean dryRun) {
        try {
            CaseChangeWalk.walk(feed, shares.creditorIds(), shares.from(), BATCH, clock, (batch, readAt) -> {
                List<InvoiceMessages.Message> notes = new ArrayList<>();
                shares.handOut(batch, (share, own) ->
                        notes.addAll(refresh(share, new KraviaView(own, Map.of()), null, readAt, dryRun)));
                return () -> messages.post(notes);
            }, shares::passed);
        } catch (RemoteFailure failure) {
            shares.stopAll(failure);
        }
    }

    private void refreshNamedByWebhooks(FeedShares.Share share, boolean dryRun) {
        long creditorId = share.creditor().creditorId();
        List<WebhookEvent> events = inbox.pending(creditorId, BATCH);
        if (events.isEmpty()) {
            return;
        }
        Set<Long> claims = new LinkedHashSet<>();
        events.forEach(e -> claims.add(e.claimId()));
        Map<Long, CollectionCase> known = cases.byKraviaIds(creditorId, claims);
        Instant readAt = clock.instant();
        // A case whose details cannot be read now is caught up by the feed; the webhook was only a wake-up call.
        Map<Long, CaseDetails> read = details.read(creditorId, claims.stream().filter(known::containsKey).toList(),
                share.report());
        List<CaseSnapshot> snapshots = claims.stream().filter(read::containsKey)
                .map(claim -> read.get(claim).snapshot()).toList();
        messages.post(refresh(share, new KraviaView(snapshots, read), known, readAt, dryRun));
        if (!dryRun) {
            inbox.markProcessed(events.stream().map(WebhookEvent::id).toList());
        }
    }

    /**
     * Brings some of a creditor's cases up to Kravia's view, with one read of the stored cases and one write of
     * those that changed and of their history, whatever their number; returns the notes that tell the changes.
     *
     * @param known  the stored cases when the caller has read them already, else null
     * @param readAt when Kravia was asked (see {@link CaseBook#recordStatus})
     */
    private List<InvoiceMessages.Message> refresh(FeedShares.Share share, KraviaView view,
                                                  Map<Long, CollectionCase> known, Instant readAt, boolean dryRun) {
        long creditorId = share.creditor().creditorId();
        if (view.snapshots().isEmpty()) {
            return List.of();
        }
        Map<Long, CollectionCase> stored = known != null ? known
                : cases.byKraviaIds(creditorId, view.snapshots().stream().map(CaseSnapshot::kraviaInvoiceId).toList());
        KraviaView complete = view.withDetails(details.read(creditorId, StatusUpdates.statusMoved(stored, view), null));
        StatusUpdates updates = StatusUpdates.judge(stored, complete, clock.instant());
        updates.reportTo(share.report());
        if (dryRun) {
            return List.of();
        }
        cases.recordStatus(updates.changedCases(), readAt);
        history.recordAll(updates.statusChanges());
        return updates.notes();
    }
}
