package com.kraviabridge.core.usecase;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.AllocationPage;
import com.kraviabridge.core.domain.AllocationScope;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.pipeline.ParallelSender;
import com.kraviabridge.core.pipeline.SameInvoiceGroups;
import com.kraviabridge.core.pipeline.Background;
import com.kraviabridge.core.port.erp.InvoiceAllocations;
import com.kraviabridge.core.port.store.CaseBook;
import com.kraviabridge.core.port.store.Cursors;
import com.kraviabridge.core.port.store.ForwardedAllocations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reads new ERP allocations of a company in id order from a stored cursor and hands them over grouped by the
 * document on the other side (one payment, one credit note), restricted to invoices that went to Kravia and
 * to allocations not handled before.
 *
 * <p>The cursor never passes a group that is still unfinished (a retry is due, or its outcome is unknown):
 * such a group is read again on the next run, and everything handled in between is skipped cheaply, since
 * handled allocations are recorded. A group is never cut at a page edge, so one payment is one request.
 *
 * <p>The groups of a page go out in parallel, since Kravia's latency is what a run waits on; groups that share
 * an invoice are handed over one after the other in page order, because each one lowers the capital the next
 * one is capped at. For the same reason, a page's groups on invoices of the page before wait until that page is
 * finished and stored; its other groups go out while the page before is still on the wire.
 */
final class AllocationGroups {

    /**
     * Handles one group; returns false when the group is unfinished and must be read again next run. Called
     * from several threads at once, for groups that share no invoice. The map holds the cases of the group's
     * invoices; a handler that changes a case puts the new version there, for the groups that follow on it.
     */
    @FunctionalInterface
    interface GroupHandler {
        boolean handle(List<Allocation> group, Map<Long, CollectionCase> casesByInvoice);
    }

    /** Allocations in the first page of a run: about what the senders take in a few Kravia round trips. */
    static final int FIRST_PAGE = 50;

    private final InvoiceAllocations allocations;
    private final CaseBook cases;
    private final ForwardedAllocations handled;
    private final Cursors cursors;
    private final int pageSize;
    private final ParallelSender sender;

    AllocationGroups(InvoiceAllocations allocations, CaseBook cases, ForwardedAllocations handled, Cursors cursors,
                     int pageSize, ParallelSender sender) {
        this.allocations = allocations;
        this.cases = cases;
        this.handled = handled;
        this.cursors = cursors;
        this.pageSize = pageSize;
        this.sender = sender;
    }

    /** Told how the pages go. */
    interface PageListener {
        /** No more page will be read in this run (the last one is read, or nothing new was found). */
        void readsDone();

        /**
         * Every group of a page was handled, and the cursor has not passed the page yet: what the handlers left to
         * store is stored now, before the page can be skipped.
         */
        void pageHandled();
    }

    void forEachNewGroup(long companyId, String stream, boolean dryRun, AllocationScope scope,
                         GroupHandler handler, PageListener listener) {
        Predicate<Allocation> relevant = allocation -> scope.includes(allocation.kind());
        CursorKeeper keeper = new CursorKeeper(companyId, stream, dryRun,
                cursors.read(companyId, stream).map(Long::parseLong).orElse(0L));
        long after = keeper.cursor;
        // A short first page lets the sending start after a short read; every later page is read while the one
        // before it is being sent, so the reads take no time of their own.
        Background<AllocationPage> next = read(companyId, scope, after, Math.min(pageSize, FIRST_PAGE));
        PageInFlight previous = null;
        PageInFlight current = null;
        try {
            while (true) {
                AllocationPage page = next.await();
                next = Background.none();
                List<Allocation> rows = page.allocations();
                if (rows.isEmpty()) {
                    listener.readsDone();
                    break;
                }
                WholeGroups whole = wholeGroups(companyId, scope, page);
                List<Allocation> complete = whole.rows();
                boolean last = whole.last();
                after = complete.get(complete.size() - 1).id();
                if (!last) {
                    next = read(companyId, scope, after, pageSize);
                } else {
                    listener.readsDone();
                }
                current = start(companyId, complete, relevant, handler, previous, after);
                if (previous != null) {
                    finish(previous, listener, keeper);
                    previous = null;
                }
                current.sendHeldBack(companyId, handler);
                previous = current;
                current = null;
                if (last) {
                    break;
                }
            }
            if (previous != null) {
                finish(previous, listener, keeper);
                previous = null;
            }
        } catch (RuntimeException | Error failure) {
            // What was queued is dropped, what is on the wire is waited for; the cursor stays where it was.
            stop(current);
            stop(previous);
            next.awaitAfter(failure);
            throw failure;
        }
    }

    /**
     * Moves the cursor over finished pages, never past the first group left unfinished: such a group and all after
     * it are read again next run.
     */
    private final class CursorKeeper {
        private final long companyId;
        private final String stream;
        private final boolean dryRun;
        private long cursor;
        private Long firstUnfinished;

        CursorKeeper(long companyId, String stream, boolean dryRun, long cursor) {
            this.companyId = companyId;
            this.stream = stream;
            this.dryRun = dryRun;
            this.cursor = cursor;
        }

        void passed(long handledUpTo, Long unfinished) {
            if (unfinished != null && firstUnfinished == null) {
                firstUnfinished = unfinished;
            }
            if (dryRun) {
                return;
            }
            long safe = firstUnfinished == null ? handledUpTo : Math.min(handledUpTo, firstUnfinished - 1);
            if (safe > cursor) {
                cursors.write(companyId, stream, Long.toString(safe));
                cursor = safe;
            }
        }
    }

    /**
     * One page whose groups are being sent. Groups on invoices of the page before it are held back until that page
     * is finished and stored, since its groups lower the capital these are capped at; the others go at once, so the
     * senders do not run dry between two pages.
     */
    private final class PageInFlight {
        private final long handledUpTo;
        private final Set<Long> invoices = new HashSet<>();
        private final Queue<Long> unfinished = new ConcurrentLinkedQueue<>();
        private final ParallelSender.Page sending = sender.emptyPage();
        private final List<List<List<Allocation>>> heldBack = new ArrayList<>();
        private final Map<Long, CollectionCase> casesRead;

        PageInFlight(long handledUpTo, Map<Long, CollectionCase> casesRead) {
            this.handledUpTo = handledUpTo;
            this.casesRead = casesRead;
        }

        void send(List<List<List<Allocation>>> chains, Map<Long, CollectionCase> casesByInvoice, GroupHandler handler) {
            if (chains.isEmpty()) {
                return;
            }
            List<Runnable> tasks = new ArrayList<>(chains.size());
            for (List<List<Allocation>> chain : chains) {
                tasks.add(() -> {
                    Map<Long, CollectionCase> own = new HashMap<>();
                    for (List<Allocation> group : chain) {
                        group.forEach(a -> own.put(a.invoiceId(), casesByInvoice.get(a.invoiceId())));
                    }
                    for (List<Allocation> group : chain) {
                        if (!handler.handle(group, own)) {
                            unfinished.add(group.get(0).id());
                        }
                    }
                });
            }
            sender.submitTo(sending, tasks);
        }

        /** Sends the held-back groups, on their cases as stored now that the page before is finished. */
        void sendHeldBack(long companyId, GroupHandler handler) {
            if (heldBack.isEmpty()) {
                return;
            }
            List<Long> heldInvoices = heldBack.stream().flatMap(List::stream).flatMap(List::stream)
                    .map(Allocation::invoiceId).distinct().toList();
            Map<Long, CollectionCase> stored = new HashMap<>(casesRead);
            stored.putAll(cases.byInvoices(companyId, heldInvoices));
            send(List.copyOf(heldBack), stored, handler);
            heldBack.clear();
        }

        /** Waits for every group; returns the first allocation id of the earliest unfinished one, or null. */
        Long await() {
            sending.await();
            return unfinished.stream().min(Long::compare).orElse(null);
        }

        void cancel() {
            sending.cancel();
        }
    }

    private PageInFlight start(long companyId, List<Allocation> rows, Predicate<Allocation> relevant,
                               GroupHandler handler, PageInFlight previous, long handledUpTo) {
        PageGroups groups = groups(companyId, rows, relevant);
        PageInFlight page = new PageInFlight(handledUpTo, groups.cases());
        List<List<List<Allocation>>> ready = new ArrayList<>();
        for (List<List<Allocation>> chain : chains(groups.groups())) {
            boolean sharesInvoice = false;
            for (List<Allocation> group : chain) {
                for (Allocation allocation : group) {
                    page.invoices.add(allocation.invoiceId());
                    sharesInvoice |= previous != null && previous.invoices.contains(allocation.invoiceId());
                }
            }
            (sharesInvoice ? page.heldBack : ready).add(chain);
        }
        page.send(ready, groups.cases(), handler);
        return page;
    }

    /** Waits for the page, stores what its groups left, and moves the cursor over it. */
    private void finish(PageInFlight page, PageListener listener, CursorKeeper keeper) {
        Long unfinished = page.await();
        listener.pageHandled();
        keeper.passed(page.handledUpTo, unfinished);
    }

    private static void stop(PageInFlight page) {
        if (page != null) {
            page.cancel();
        }
    }

    private Background<AllocationPage> read(long companyId, AllocationScope scope, long after, int size) {
        return Background.start("allocation-reader", () -> allocations.allocationsSince(companyId, scope, after, size));
    }

    /** The allocations of a page that belong to documents it holds whole; last when nothing follows them. */
    private record WholeGroups(List<Allocation> rows, boolean last) {
    }

    /**
     * The page without its trailing document, which the next page reads again whole; or, when one document fills
     * the page, that document read on to its end, so it stays one request.
     */
    private WholeGroups wholeGroups(long companyId, AllocationScope scope, AllocationPage page) {
        List<Allocation> rows = page.allocations();
        if (page.last()) {
            return new WholeGroups(rows, true);
        }
        int end = startOfTrailingGroup(rows);
        if (end > 0) {
            return new WholeGroups(rows.subList(0, end), false);
        }
        List<Allocation> document = new ArrayList<>(rows);
        boolean last = completeGroup(companyId, scope, document);
        return new WholeGroups(document, last);
    }

    /** Appends the rest of the trailing document's allocations; true when nothing follows them. */
    private boolean completeGroup(long companyId, AllocationScope scope, List<Allocation> rows) {
        long move = rows.get(0).counterpartMoveId();
        while (true) {
            AllocationPage next = allocations.allocationsSince(companyId, scope, rows.get(rows.size() - 1).id(),
                    pageSize);
            for (Allocation allocation : next.allocations()) {
                if (allocation.counterpartMoveId() != move) {
                    return false;
                }
                rows.add(allocation);
            }
            if (next.last() || next.allocations().isEmpty()) {
                return true;
            }
        }
    }

    /** Index where the last counterpart document's allocations start; 0 when that document fills the page. */
    private static int startOfTrailingGroup(List<Allocation> rows) {
        long lastMove = rows.get(rows.size() - 1).counterpartMoveId();
        int start = rows.size();
        while (start > 0 && rows.get(start - 1).counterpartMoveId() == lastMove) {
            start--;
        }
        return start;
    }

    /** The groups split into chains that share no invoice, each chain in page order. */
    static List<List<List<Allocation>>> chains(List<List<Allocation>> groups) {
        return SameInvoiceGroups.of(groups, group -> group.stream().map(Allocation::invoiceId).collect(Collectors.toSet()));
    }

    /** The groups of one page and the cases of their invoices, read once for the page. */
    private record PageGroups(List<List<Allocation>> groups, Map<Long, CollectionCase> cases) {
    }

    private PageGroups groups(long companyId, List<Allocation> rows, Predicate<Allocation> relevant) {
        List<Allocation> candidates = rows.stream().filter(relevant).toList();
        if (candidates.isEmpty()) {
            return new PageGroups(List.of(), Map.of());
        }
        Map<Long, CollectionCase> forwarded = cases.byInvoices(companyId,
                candidates.stream().map(Allocation::invoiceId).distinct().toList());
        List<Allocation> onCases = candidates.stream().filter(a -> forwarded.containsKey(a.invoiceId())).toList();
        if (onCases.isEmpty()) {
            return new PageGroups(List.of(), Map.of());
        }
        Set<Long> done = handled.handled(companyId, onCases.stream().map(Allocation::id).toList());
        Map<String, List<Allocation>> grouped = new LinkedHashMap<>();
        for (Allocation allocation : onCases) {
            if (!done.contains(allocation.id())) {
                String groupKey = allocation.counterpartMoveId() + "/" + allocation.amount().currency();
                grouped.computeIfAbsent(groupKey, k -> new ArrayList<>()).add(allocation);
            }
        }
        return new PageGroups(new ArrayList<>(grouped.values()), forwarded);
    }
}
