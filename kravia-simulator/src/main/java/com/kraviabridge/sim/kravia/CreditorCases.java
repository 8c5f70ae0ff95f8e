package com.kraviabridge.sim.kravia;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One creditor's cases, kept both in id order and in feed order ({@code lastUpdatedTime}, then id), so a search
 * reads only the cases it matches instead of scanning the whole book, as an indexed server would. The feed order
 * is keyed by an immutable copy of the stamp, so a case is moved by taking it out under its old key and putting
 * it back under the new one; that is why stamps are set here only. Guarded by the simulator's lock.
 */
final class CreditorCases {

    /** A case's place in the feed; the case itself is mutable and must not serve as its own key. */
    private record FeedKey(LocalDateTime lastUpdated, long id) implements Comparable<FeedKey> {

        private static final Comparator<FeedKey> ORDER =
                Comparator.comparing(FeedKey::lastUpdated).thenComparingLong(FeedKey::id);

        @Override
        public int compareTo(FeedKey other) {
            return ORDER.compare(this, other);
        }
    }

    private static final Comparator<CaseFile> BY_ID = Comparator.comparingLong(CaseFile::id);
    private static final Comparator<CaseFile> BY_LAST_UPDATED =
            Comparator.comparing(CaseFile::lastUpdated).thenComparingLong(CaseFile::id);

    private final NavigableMap<Long, CaseFile> byId = new TreeMap<>();
    private final NavigableMap<FeedKey, CaseFile> byLastUpdated = new TreeMap<>();

    /** The order a search returns its matches in (docs/kravia-contract.md §7). */
    static Comparator<CaseFile> order(SearchQuery query) {
        Comparator<CaseFile> order = query.byLastUpdated() ? BY_LAST_UPDATED : BY_ID;
        return query.ascending() ? order : order.reversed();
    }

    void add(CaseFile c) {
        byId.put(c.id(), c);
        if (c.lastUpdated() != null) {
            byLastUpdated.put(new FeedKey(c.lastUpdated(), c.id()), c);
        }
    }

    void stamp(CaseFile c, LocalDateTime time) {
        if (c.lastUpdated() != null) {
            byLastUpdated.remove(new FeedKey(c.lastUpdated(), c.id()));
        }
        c.stamp(time);
        byLastUpdated.put(new FeedKey(time, c.id()), c);
    }

    Collection<CaseFile> all() {
        return byId.values();
    }

    /**
     * The cases the query matches, in its order: a live view where the index already has that order, a sorted
     * copy of the feed's tail for a bounded search in id order. Its size is the exact match count.
     */
    Collection<CaseFile> matching(SearchQuery query) {
        LocalDateTime from = query.updatedFrom();
        NavigableMap<FeedKey, CaseFile> updated = from == null
                ? byLastUpdated : byLastUpdated.tailMap(new FeedKey(from, Long.MIN_VALUE), true);
        if (query.byLastUpdated()) {
            return (query.ascending() ? updated : updated.descendingMap()).values();
        }
        if (from == null) {
            return (query.ascending() ? byId : byId.descendingMap()).values();
        }
        List<CaseFile> matches = new ArrayList<>(updated.values());
        matches.sort(order(query));
        return matches;
    }
}
