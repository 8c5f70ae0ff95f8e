package com.kraviabridge.core.usecase.status;

import com.kraviabridge.core.domain.CaseChanges;
import com.kraviabridge.core.domain.CaseSnapshot;
import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.port.store.Cursors;
import com.kraviabridge.core.usecase.report.FlowReport;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Each creditor's share of one read of Kravia's change feed. The feed shows the cases of every creditor the
 * bridge serves, so it is read once from the earliest creditor's cursor, and each creditor gets the cases that
 * are its own and not older than its cursor. A creditor whose share fails (Kravia cannot tell about one of its
 * cases, say) is stopped with the reason in its report, and the others go on; a creditor's cursor moves only past
 * batches handled for it, and never back.
 */
final class FeedShares {

    /** One creditor's part: its report, how far its cursor stands, and whether it still goes on. */
    static final class Share {
        private final CreditorMapping creditor;
        private final FlowReport report;
        private LocalDateTime cursor;
        private boolean stopped;

        private Share(CreditorMapping creditor, LocalDateTime cursor) {
            this.creditor = creditor;
            this.report = new FlowReport(FlowReport.Flow.STATUS, creditor.companyId());
            this.cursor = cursor;
        }

        CreditorMapping creditor() {
            return creditor;
        }

        FlowReport report() {
            return report;
        }
    }

    private final List<Share> shares = new ArrayList<>();
    private final Cursors cursors;
    private final String stream;
    private final boolean dryRun;

    FeedShares(List<CreditorMapping> creditors, Cursors cursors, String stream, boolean dryRun) {
        this.cursors = cursors;
        this.stream = stream;
        this.dryRun = dryRun;
        for (CreditorMapping creditor : creditors) {
            shares.add(new Share(creditor, cursors.read(creditor.companyId(), stream).map(LocalDateTime::parse)
                    .orElse(null)));
        }
    }

    Set<Long> creditorIds() {
        Set<Long> ids = new LinkedHashSet<>();
        shares.forEach(s -> ids.add(s.creditor.creditorId()));
        return ids;
    }

    /** Where the read starts: the earliest cursor, or the beginning when a creditor has never read the feed. */
    LocalDateTime from() {
        LocalDateTime earliest = null;
        for (Share share : shares) {
            if (share.cursor == null) {
                return null;
            }
            earliest = earliest == null || share.cursor.isBefore(earliest) ? share.cursor : earliest;
        }
        return earliest;
    }

    /** Does {@code work} for each creditor still going; a remote failure stops that creditor alone. */
    void forEach(Consumer<Share> work) {
        for (Share share : shares) {
            if (!share.stopped) {
                try {
                    work.accept(share);
                } catch (RemoteFailure failure) {
                    stop(share, failure);
                }
            }
        }
    }

    /** Hands each creditor still going its cases of the batch, when it has any. */
    void handOut(CaseChanges batch, BiConsumer<Share, List<CaseSnapshot>> handle) {
        forEach(share -> {
            List<CaseSnapshot> own = batch.cases().stream()
                    .filter(c -> c.creditorId() == share.creditor.creditorId())
                    .filter(c -> share.cursor == null || c.lastUpdated() == null || !c.lastUpdated().isBefore(share.cursor))
                    .toList();
            if (!own.isEmpty()) {
                handle.accept(share, own);
            }
        });
    }

    /** The feed has been handled up to {@code cursor} for every creditor still going. */
    void passed(LocalDateTime cursor) {
        for (Share share : shares) {
            if (!share.stopped && (share.cursor == null || cursor.isAfter(share.cursor))) {
                share.cursor = cursor;
                if (!dryRun) {
                    cursors.write(share.creditor.companyId(), stream, cursor.toString());
                }
            }
        }
    }

    /** The feed itself failed: every creditor still going stops where it stands. */
    void stopAll(RemoteFailure failure) {
        shares.stream().filter(s -> !s.stopped).forEach(s -> stop(s, failure));
    }

    private static void stop(Share share, RemoteFailure failure) {
        share.stopped = true;
        share.report.failed("stopped: " + failure.describe());
    }

    List<FlowReport> reports() {
        return shares.stream().map(s -> s.report).toList();
    }
}
