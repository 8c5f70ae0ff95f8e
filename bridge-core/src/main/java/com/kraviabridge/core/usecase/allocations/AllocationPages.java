package com.kraviabridge.core.usecase.allocations;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.AllocationPage;
import com.kraviabridge.core.domain.AllocationScope;
import com.kraviabridge.core.pipeline.PageReader;
import com.kraviabridge.core.port.erp.InvoiceAllocations;

import java.util.ArrayList;
import java.util.List;

/**
 * A company's ERP allocations in id order from a cursor, in pages that never cut a document: a page ends before its
 * trailing document, which the next page reads whole, and a document that fills a page is read on to its end, so
 * one payment stays one request.
 */
final class AllocationPages implements PageReader<List<Allocation>> {

    /** Allocations in the first page of a run: about what the senders take in a few Kravia round trips. */
    static final int FIRST_PAGE = 50;

    private final InvoiceAllocations allocations;
    private final long companyId;
    private final AllocationScope scope;
    private final int pageSize;
    private long after;
    private boolean first = true;
    private boolean more = true;

    AllocationPages(InvoiceAllocations allocations, long companyId, AllocationScope scope, long after, int pageSize) {
        this.allocations = allocations;
        this.companyId = companyId;
        this.scope = scope;
        this.after = after;
        this.pageSize = pageSize;
    }

    /** A short first page lets the sending start after a short read. */
    @Override
    public List<Allocation> next() {
        if (!more) {
            return null;
        }
        AllocationPage page = allocations.allocationsSince(companyId, scope, after,
                first ? Math.min(pageSize, FIRST_PAGE) : pageSize);
        first = false;
        List<Allocation> rows = page.allocations();
        if (rows.isEmpty()) {
            more = false;
            return null;
        }
        List<Allocation> whole = rows;
        more = !page.last();
        if (more) {
            int end = startOfTrailingDocument(rows);
            if (end > 0) {
                whole = rows.subList(0, end);
            } else {
                whole = new ArrayList<>(rows);
                more = !completeDocument(whole);
            }
        }
        after = whole.get(whole.size() - 1).id();
        return whole;
    }

    @Override
    public boolean hasMore() {
        return more;
    }

    /** Appends the rest of the trailing document's allocations; true when nothing follows them. */
    private boolean completeDocument(List<Allocation> rows) {
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
    private static int startOfTrailingDocument(List<Allocation> rows) {
        long lastMove = rows.get(rows.size() - 1).counterpartMoveId();
        int start = rows.size();
        while (start > 0 && rows.get(start - 1).counterpartMoveId() == lastMove) {
            start--;
        }
        return start;
    }
}
