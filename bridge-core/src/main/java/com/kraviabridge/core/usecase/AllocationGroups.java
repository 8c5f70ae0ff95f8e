package com.kraviabridge.core.usecase;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.AllocationPage;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.port.InvoiceAllocations;
import com.kraviabridge.core.store.CaseBook;
import com.kraviabridge.core.store.Cursors;
import com.kraviabridge.core.store.ForwardedAllocations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads new ERP allocations of a company in id order from a stored cursor and hands them over grouped by the
 * document on the other side (one payment, one credit note), restricted to invoices that went to Kravia and
 * to allocations not handled before.
 *
 * <p>The cursor never passes a group that is still unfinished (a retry is due, or its outcome is unknown):
 * such a group is read again on the next run, and everything handled in between is skipped cheaply, since
 * handled allocations are recorded. A group is never cut at a page edge, so one payment is one request.
 */
final class AllocationGroups {

    /** Handles one group; returns false when the group is unfinished and must be read again next run. */
    @FunctionalInterface
    interface GroupHandler {
        boolean handle(List<Allocation> group, Map<Long, CollectionCase> casesByInvoice);
    }

    private final InvoiceAllocations allocations;
    private final CaseBook cases;
    private final ForwardedAllocations handled;
    private final Cursors cursors;
    private final int pageSize;

    AllocationGroups(InvoiceAllocations allocations, CaseBook cases, ForwardedAllocations handled, Cursors cursors,
                     int pageSize) {
        this.allocations = allocations;
        this.cases = cases;
        this.handled = handled;
        this.cursors = cursors;
        this.pageSize = pageSize;
    }

    void forEachNewGroup(long companyId, String stream, boolean dryRun, Predicate<Allocation> relevant,
                         GroupHandler handler) {
        long cursor = cursors.read(companyId, stream).map(Long::parseLong).orElse(0L);
        long after = cursor;
        Long firstUnfinished = null;
        while (true) {
            AllocationPage page = allocations.allocationsSince(companyId, after, pageSize);
            List<Allocation> rows = page.allocations();
            if (rows.isEmpty()) {
                break;
            }
            List<Allocation> complete;
            boolean last = page.last();
            if (last) {
                complete = rows;
            } else {
                int end = startOfTrailingGroup(rows);
                if (end > 0) {
                    complete = rows.subList(0, end);
                } else {
                    // One document fills the whole page: read on until it ends, so it stays one request.
                    complete = new ArrayList<>(rows);
                    last = completeGroup(companyId, complete);
                }
            }
            for (List<Allocation> group : groups(companyId, complete, relevant)) {
                Map<Long, CollectionCase> byInvoice = cases.byInvoices(companyId,
                        group.stream().map(Allocation::invoiceId).distinct().toList());
                boolean finished = handler.handle(group, byInvoice);
                if (!finished && firstUnfinished == null) {
                    firstUnfinished = group.get(0).id();
                }
            }
            after = complete.get(complete.size() - 1).id();
            if (!dryRun) {
                long safe = firstUnfinished == null ? after : Math.min(after, firstUnfinished - 1);
                if (safe > cursor) {
                    cursors.write(companyId, stream, Long.toString(safe));
                    cursor = safe;
                }
            }
            if (last) {
                break;
            }
        }
    }

    /** Appends the rest of the trailing document's allocations; true when nothing follows them. */
    private boolean completeGroup(long companyId, List<Allocation> rows) {
        long move = rows.get(0).counterpartMoveId();
        while (true) {
            AllocationPage next = allocations.allocationsSince(companyId, rows.get(rows.size() - 1).id(), pageSize);
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

    private List<List<Allocation>> groups(long companyId, List<Allocation> rows, Predicate<Allocation> relevant) {
        List<Allocation> candidates = rows.stream().filter(relevant).toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        Set<Long> forwardedInvoices = cases.byInvoices(companyId,
                candidates.stream().map(Allocation::invoiceId).distinct().toList()).keySet();
        List<Allocation> onCases = candidates.stream().filter(a -> forwardedInvoices.contains(a.invoiceId())).toList();
        if (onCases.isEmpty()) {
            return List.of();
        }
        Set<Long> done = handled.handled(companyId, onCases.stream().map(Allocation::id).toList());
        Map<String, List<Allocation>> grouped = new LinkedHashMap<>();
        for (Allocation allocation : onCases) {
            if (!done.contains(allocation.id())) {
                String groupKey = allocation.counterpartMoveId() + "/" + allocation.amount().currency();
                grouped.computeIfAbsent(groupKey, k -> new ArrayList<>()).add(allocation);
            }
        }
        return new ArrayList<>(grouped.values());
    }
}
