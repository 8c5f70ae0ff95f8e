package com.kraviabridge.core.usecase.status;

import com.kraviabridge.core.domain.CaseDetails;
import com.kraviabridge.core.domain.CaseSnapshot;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.port.store.StatusChange;
import com.kraviabridge.core.usecase.report.FlowReport;
import com.kraviabridge.core.usecase.report.InvoiceMessages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What Kravia's view of some cases changes in the bridge, judged against the stored cases: the cases to store
 * again, the status changes to keep in the history, the notes that tell them on the invoices, and a line per
 * status change for the report. A case whose capital alone moved is stored without a note; a snapshot older
 * than what the bridge has already seen changes nothing.
 *
 * @param unchanged how many snapshots changed nothing worth a note
 */
record StatusUpdates(List<CollectionCase> changedCases, List<StatusChange> statusChanges,
                     List<InvoiceMessages.Message> notes, List<String> news, int unchanged) {

    /** Kravia's view of some cases of one creditor: the snapshots, and the details of those read already. */
    record KraviaView(List<CaseSnapshot> snapshots, Map<Long, CaseDetails> details) {

        KraviaView withDetails(Map<Long, CaseDetails> more) {
            Map<Long, CaseDetails> all = new HashMap<>(details);
            all.putAll(more);
            return new KraviaView(snapshots, all);
        }
    }

    /** The snapshots whose status differs from the stored one: for them the details (fees, interest) are read. */
    static List<Long> statusMoved(Map<Long, CollectionCase> stored, KraviaView view) {
        return view.snapshots().stream()
                .filter(s -> stored.containsKey(s.kraviaInvoiceId()) && !view.details().containsKey(s.kraviaInvoiceId()))
                .filter(s -> !isStale(stored.get(s.kraviaInvoiceId()), s)
                        && !stored.get(s.kraviaInvoiceId()).status().equals(s.status()))
                .map(CaseSnapshot::kraviaInvoiceId).distinct().toList();
    }

    static StatusUpdates judge(Map<Long, CollectionCase> stored, KraviaView view, Instant now) {
        Map<Long, CollectionCase> current = new HashMap<>(stored);
        Map<Long, CollectionCase> changed = new LinkedHashMap<>();
        List<StatusChange> statusChanges = new ArrayList<>();
        List<InvoiceMessages.Message> notes = new ArrayList<>();
        List<String> news = new ArrayList<>();
        int unchanged = 0;
        for (CaseSnapshot snapshot : view.snapshots()) {
            CollectionCase before = current.get(snapshot.kraviaInvoiceId());
            if (before == null) {
                continue;
            }
            CaseDetails details = view.details().get(snapshot.kraviaInvoiceId());
            String closeReason = details != null ? details.closeReason() : before.closeReason();
            boolean statusChanged = !before.status().equals(snapshot.status())
                    || !Objects.equals(closeReason, before.closeReason());
            boolean capitalChanged = !Objects.equals(before.remainingCapital(), snapshot.remainingCapital());
            if (isStale(before, snapshot) || (!statusChanged && !capitalChanged)) {
                unchanged++;
                continue;
            }
            CollectionCase after = before.withStatus(snapshot.status(), closeReason, snapshot.remainingCapital(),
                    snapshot.lastUpdated());
            // A case twice in one batch: the later snapshot is judged against the earlier one's result.
            current.put(snapshot.kraviaInvoiceId(), after);
            changed.put(snapshot.kraviaInvoiceId(), after);
            if (!statusChanged) {
                unchanged++;
                continue;
            }
            statusChanges.add(new StatusChange(after.creditorId(), after.kraviaInvoiceId(), after.invoiceId(),
                    after.status().value(), closeReason, snapshot.lastUpdated(), now));
            notes.add(InvoiceMessages.statusChanged(after, before.status().value(), details));
            news.add("case " + after.kraviaInvoiceId() + " (invoice " + after.invoiceNumber() + "): " + before.status()
                    + " -> " + after.status() + (closeReason == null ? "" : " (" + closeReason + ")"));
        }
        return new StatusUpdates(List.copyOf(changed.values()), statusChanges, notes, news, unchanged);
    }

    private static boolean isStale(CollectionCase stored, CaseSnapshot snapshot) {
        return stored.kraviaUpdatedAt() != null && snapshot.lastUpdated() != null
                && snapshot.lastUpdated().isBefore(stored.kraviaUpdatedAt());
    }

    void reportTo(FlowReport report) {
        news.forEach(report::sent);
        for (int i = 0; i < unchanged; i++) {
            report.unchanged();
        }
    }
}
