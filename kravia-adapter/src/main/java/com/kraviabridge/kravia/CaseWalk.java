package com.kraviabridge.kravia;

import com.fasterxml.jackson.databind.JsonNode;
import com.kraviabridge.core.domain.CaseSnapshot;
import com.kraviabridge.core.port.RemoteFailure;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One walk through Kravia's change feed ({@code GET invoice/search} ordered by last-updated time, oldest
 * first), page by page, so that nothing is skipped:
 * <ul>
 *   <li>Each page is asked for from the newest timestamp seen so far, not by a growing offset: a case that is
 *       updated while we page moves to the end of the feed, and with plain {@code skip} paging that move
 *       would shift a case we had not seen yet into the part we skip. Restarting from a timestamp is immune.</li>
 *   <li>Cases sharing the timestamp at a page edge come back on the next page, so they are not lost; the ones
 *       already seen are dropped by id and timestamp.</li>
 *   <li>When a whole page carries one timestamp, restarting from it would return the same page forever, so
 *       within that timestamp the walk falls back to {@code skip}, with pages overlapping by a quarter so
 *       that a few cases moving away while we page shift nothing out of sight.</li>
 *   <li>Each query starts one tick before the bound ({@link KraviaContract#searchBoundFor}), so the walk is
 *       right whether Kravia's bound is inclusive or exclusive; the price is that cases stamped just before
 *       the bound come back once more and are dropped.</li>
 * </ul>
 * The walk ends when {@code totalCount} (docs/kravia-contract.md §7) says nothing remains past this page, or, when
 * Kravia gives no count, at the first page shorter than asked for. A token may serve several creditors, and the feed
 * shows all their cases: the walk hands out those of the creditors asked for (a case that names no creditor to each
 * of them, for the bridge finds it only under its own), and cases of other creditors move it along unseen.
 */
final class CaseWalk {

    private final KraviaHttp http;
    private final Set<Long> creditorIds;
    /** The creditor named in failures: the access, not the creditor, is what a refusal concerns. */
    private final long namedCreditorId;
    private final int pageSize;
    private final int overlap;
    private final Map<Long, LocalDateTime> seen = new HashMap<>();

    private LocalDateTime bound;
    private int skip;
    private boolean exhausted;
    private boolean atSafeStop;
    private List<Long> previousPage = List.of();
    private LocalDateTime newestSeen;

    CaseWalk(KraviaHttp http, Set<Long> creditorIds, LocalDateTime from, int pageSize) {
        if (creditorIds.isEmpty()) {
            throw new IllegalArgumentException("the change feed is read for at least one creditor");
        }
        this.http = http;
        this.creditorIds = Set.copyOf(creditorIds);
        this.namedCreditorId = creditorIds.stream().min(Long::compare).orElseThrow();
        this.pageSize = pageSize;
        this.overlap = pageSize / 4;
        this.bound = from;
    }

    /** One answer of the search: its cases in order, and how many match from the bound on (null: not told). */
    private record Page(List<CaseSnapshot> cases, Long totalCount) {
    }

    /** Stands for the creditor of a case whose invoice object names none. */
    private static final long NO_CREDITOR_NAMED = Long.MIN_VALUE;

    /** The creditors' cases on the next page that this walk has not handed out before (or only older). */
    List<CaseSnapshot> nextPage() {
        if (exhausted) {
            return List.of();
        }
        Page page = http.exchange(query(), this::read);
        List<CaseSnapshot> fresh = new ArrayList<>();
        LocalDateTime newestOnPage = bound;
        for (CaseSnapshot snapshot : page.cases()) {
            LocalDateTime stamp = snapshot.lastUpdated();
            LocalDateTime before = seen.get(snapshot.kraviaInvoiceId());
            if (before == null || stamp.isAfter(before)) {
                seen.put(snapshot.kraviaInvoiceId(), stamp);
                fresh.addAll(handedOut(snapshot));
            }
            if (stamp.isAfter(newestOnPage)) {
                newestOnPage = stamp;
            }
            if (newestSeen == null || stamp.isAfter(newestSeen)) {
                newestSeen = stamp;
            }
        }
        advance(page, newestOnPage);
        return fresh;
    }

    private List<CaseSnapshot> handedOut(CaseSnapshot snapshot) {
        if (snapshot.creditorId() != NO_CREDITOR_NAMED) {
            return creditorIds.contains(snapshot.creditorId()) ? List.of(snapshot) : List.of();
        }
        return creditorIds.stream().sorted().map(c -> new CaseSnapshot(snapshot.kraviaInvoiceId(), c,
                snapshot.accountingInvoiceId(), snapshot.invoiceNumber(), snapshot.status(),
                snapshot.remainingCapital(), snapshot.lastUpdated())).toList();
    }

    private void advance(Page page, LocalDateTime newestOnPage) {
        List<Long> ids = page.cases().stream().map(CaseSnapshot::kraviaInvoiceId).toList();
        if (skip > 0 && ids.equals(previousPage)) {
            // We moved on by skip and got the very same page: Kravia ignores skip, and paging on would never end.
            throw RemoteFailure.permanent(RemoteFailure.Side.COLLECTOR, "Kravia's invoice search answered the same "
                    + "page for skip " + skip + " as before (cases at " + bound + ", creditor " + namedCreditorId
                    + "); skip does not seem to be honoured");
        }
        previousPage = ids;
        int length = ids.size();
        atSafeStop = false;
        // The count, when Kravia gives it, also tells a page cut short by a server-side cap on top from the last one.
        boolean moreRemain = page.totalCount() != null ? skip + length < page.totalCount() : length >= pageSize;
        if (length == 0 || !moreRemain) {
            exhausted = true;
        } else if (newestOnPage.isAfter(bound)) {
            bound = newestOnPage;
            skip = 0;
            atSafeStop = true;
        } else {
            skip += length - Math.min(overlap, length - 1);
        }
    }

    boolean exhausted() {
        return exhausted;
    }

    /**
     * True right after the walk moved on to a newer timestamp: a caller that stops here and later resumes
     * from {@link #newestSeen()} gets the rest of that timestamp's cases and cannot get stuck on a run of
     * equal timestamps longer than its batch.
     */
    boolean atSafeStop() {
        return atSafeStop;
    }

    /** The newest last-updated time of any case the walk has seen, null when none. */
    LocalDateTime newestSeen() {
        return newestSeen;
    }

    private KraviaCall query() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put(KraviaContract.LAST_UPDATED_TIME, KraviaTime.searchBound(KraviaContract.searchBoundFor(bound)));
        query.put(KraviaContract.ORDER_BY, KraviaContract.ORDER_BY_LAST_UPDATED);
        query.put(KraviaContract.BY_ASCENDING, "true");
        query.put(KraviaContract.SKIP, Integer.toString(skip));
        query.put(KraviaContract.TOP, Integer.toString(pageSize));
        return KraviaCall.get(namedCreditorId, KraviaContract.SEARCH, query);
    }

    private Page read(JsonNode answer) {
        List<CaseSnapshot> page = new ArrayList<>();
        for (JsonNode item : KraviaAnswers.listItems(answer)) {
            CaseSnapshot snapshot = KraviaAnswers.snapshot(item, NO_CREDITOR_NAMED);
            if (snapshot.lastUpdated() == null) {
                // Without it the feed cannot be ordered or resumed; better a loud failure than lost updates.
                throw new KraviaAnswers.Unreadable("case " + snapshot.kraviaInvoiceId() + " has no lastUpdatedTime");
            }
            page.add(snapshot);
        }
        return new Page(page, KraviaAnswers.totalCount(answer));
    }
}
