package com.kraviabridge.core.usecase;

import com.kraviabridge.core.domain.CaseDetails;
import com.kraviabridge.core.domain.CaseSnapshot;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.port.CaseFeed;
import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.store.CaseBook;
import com.kraviabridge.core.store.Cursors;
import com.kraviabridge.core.store.StatusChange;
import com.kraviabridge.core.store.StatusHistory;
import com.kraviabridge.core.store.WebhookEvent;
import com.kraviabridge.core.store.WebhookInbox;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Flow 4: Kravia's view of each case comes back into the bridge and onto the ERP invoice. The delta feed is the
 * source of truth; webhooks only make it happen sooner for the cases they name. Every change is kept in the
 * status history, and users get one note per status change, never one per poll.
 */
public final class RefreshCaseStatus {

    static final String CURSOR_STREAM = "kravia.changes";
    private static final int BATCH = 500;

    private final CaseFeed feed;
    private final CaseBook cases;
    private final StatusHistory history;
    private final WebhookInbox inbox;
    private final Cursors cursors;
    private final InvoiceMessages messages;
    private final Clock clock;

    public RefreshCaseStatus(CaseFeed feed, CaseBook cases, StatusHistory history, WebhookInbox inbox, Cursors cursors,
                             InvoiceMessages messages, Clock clock) {
        this.feed = feed;
        this.cases = cases;
        this.history = history;
        this.inbox = inbox;
        this.cursors = cursors;
        this.messages = messages;
        this.clock = clock;
    }

    public FlowReport run(CreditorMapping creditor, boolean dryRun) {
        FlowReport report = new FlowReport(FlowReport.Flow.STATUS, creditor.companyId());
        if (!dryRun) {
            messages.retryOverdue(creditor.companyId(), invoiceId -> cases.byInvoice(creditor.companyId(), invoiceId));
        }
        processWebhooks(creditor, dryRun, report);
        pullChanges(creditor, dryRun, report);
        return report;
    }

    private void pullChanges(CreditorMapping creditor, boolean dryRun, FlowReport report) {
        LocalDateTime from = cursors.read(creditor.companyId(), CURSOR_STREAM).map(LocalDateTime::parse).orElse(null);
        CaseChangeWalk.walk(feed, creditor.creditorId(), from, BATCH, (start, changes) -> {
            List<InvoiceMessages.Message> notes = new ArrayList<>();
            for (CaseSnapshot snapshot : changes.cases()) {
                apply(creditor, snapshot, null, dryRun, report, notes);
            }
            messages.post(notes);
            if (!dryRun && CaseChangeWalk.advances(start, changes)) {
                cursors.write(creditor.companyId(), CURSOR_STREAM, changes.nextCursor().toString());
            }
        });
    }

    private void processWebhooks(CreditorMapping creditor, boolean dryRun, FlowReport report) {
        List<WebhookEvent> events = inbox.pending(creditor.creditorId(), BATCH);
        if (events.isEmpty()) {
            return;
        }
        Set<Long> claims = new LinkedHashSet<>();
        events.forEach(e -> claims.add(e.claimId()));
        List<InvoiceMessages.Message> notes = new ArrayList<>();
        for (long claim : claims) {
            if (cases.byKraviaId(creditor.creditorId(), claim).isEmpty()) {
                continue;
            }
            try {
                CaseDetails details = feed.details(creditor.creditorId(), claim);
                apply(creditor, details.snapshot(), details, dryRun, report, notes);
            } catch (RemoteFailure failure) {
                // The periodic pull catches this case up; the webhook was only a wake-up call.
                report.failed("case " + claim + ": " + failure.describe());
            }
        }
        messages.post(notes);
        if (!dryRun) {
            inbox.markProcessed(events.stream().map(WebhookEvent::id).toList());
        }
    }

    private void apply(CreditorMapping creditor, CaseSnapshot snapshot, CaseDetails knownDetails, boolean dryRun,
                       FlowReport report, List<InvoiceMessages.Message> notes) {
        Optional<CollectionCase> stored = cases.byKraviaId(creditor.creditorId(), snapshot.kraviaInvoiceId());
        if (stored.isEmpty()) {
            return;
        }
        CollectionCase current = stored.get();
        if (current.kraviaUpdatedAt() != null && snapshot.lastUpdated() != null
                && snapshot.lastUpdated().isBefore(current.kraviaUpdatedAt())) {
            report.unchanged();
            return;
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
            return;
        }
        CollectionCase updated = current.withStatus(snapshot.status(), closeReason, snapshot.remainingCapital(),
                snapshot.lastUpdated());
        if (dryRun) {
            report.sent("case " + current.kraviaInvoiceId() + " (invoice " + current.invoiceNumber() + "): "
                    + current.status() + " -> " + snapshot.status());
            return;
        }
        cases.save(updated);
        if (statusChanged || !Objects.equals(closeReason, current.closeReason())) {
            history.record(new StatusChange(creditor.creditorId(), current.kraviaInvoiceId(), current.invoiceId(),
                    snapshot.status().value(), closeReason, snapshot.lastUpdated(), clock.instant()));
            notes.add(InvoiceMessages.statusChanged(updated, current.status().value()));
            report.sent("case " + current.kraviaInvoiceId() + " (invoice " + current.invoiceNumber() + "): "
                    + current.status() + " -> " + updated.status() + (closeReason == null ? "" : " (" + closeReason + ")"));
        } else {
            report.unchanged();
        }
    }
}
