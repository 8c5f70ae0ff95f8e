package com.kraviabridge.kravia;

import com.kraviabridge.core.domain.CaseChanges;
import com.kraviabridge.core.domain.CaseDetails;
import com.kraviabridge.core.domain.CaseSnapshot;
import com.kraviabridge.core.port.collector.CaseFeed;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link CaseFeed} over Kravia's invoice search (E4, see {@link CaseWalk}) and invoice details (E5). */
final class KraviaCaseFeed implements CaseFeed {

    private final KraviaHttp http;
    private final int pageSize;

    KraviaCaseFeed(KraviaHttp http, int pageSize) {
        this.http = http;
        this.pageSize = pageSize;
    }

    /**
     * The creditor's cases changed at or after the cursor, oldest first, one entry per case (its latest
     * state). The batch ends only where the feed moves to a newer timestamp, so it may exceed {@code limit}
     * by up to a page; {@code nextCursor} is the newest time seen, and because the bound is inclusive the
     * next poll returns some of these cases again for the caller to de-duplicate.
     */
    @Override
    public CaseChanges changesSince(long creditorId, LocalDateTime cursor, int limit) {
        return changesSince(Set.of(creditorId), cursor, limit);
    }

    /** As {@link #changesSince(long, LocalDateTime, int)}, each page read once for all the creditors. */
    @Override
    public CaseChanges changesSince(Set<Long> creditorIds, LocalDateTime cursor, int limit) {
        int top = Math.max(1, Math.min(pageSize, limit));
        CaseWalk walk = new CaseWalk(http, creditorIds, cursor == null ? KraviaContract.BEGINNING_OF_FEED : cursor, top);
        Map<List<Long>, CaseSnapshot> latest = new LinkedHashMap<>();
        while (!walk.exhausted()) {
            for (CaseSnapshot snapshot : walk.nextPage()) {
                latest.merge(List.of(snapshot.creditorId(), snapshot.kraviaInvoiceId()), snapshot,
                        (before, now) -> now.lastUpdated().isBefore(before.lastUpdated()) ? before : now);
            }
            if (latest.size() >= limit && walk.atSafeStop()) {
                break;
            }
        }
        List<CaseSnapshot> cases = new ArrayList<>(latest.values());
        cases.sort(Comparator.comparing(CaseSnapshot::lastUpdated));
        LocalDateTime next = walk.newestSeen() == null ? cursor : walk.newestSeen();
        return new CaseChanges(cases, next, walk.exhausted());
    }

    @Override
    public CaseDetails details(long creditorId, long kraviaInvoiceId) {
        KraviaCall call = KraviaCall.get(creditorId, KraviaContract.details(kraviaInvoiceId), Map.of());
        return http.exchange(call, answer -> KraviaAnswers.details(answer, creditorId));
    }
}
