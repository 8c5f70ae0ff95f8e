package com.kraviabridge.erp.odoo;

import java.util.List;
import java.util.function.IntFunction;

/**
 * One page of a read paged by id ({@code id > after}, ascending). The read asks for one row more than the page
 * holds: whether another page follows is then known from this read, where a page that merely came back full
 * would leave it to a further read that may find nothing. The extra row is not part of the page; the next
 * page's read, which starts after this page's last id, brings it again.
 *
 * @param rows   at most the page size, in the order read
 * @param lastId the id of the last row, or the cursor the page started after when it is empty
 * @param last   true when nothing follows the page
 */
record KeysetPage(List<OdooRecord> rows, long lastId, boolean last) {

    /**
     * @param size   rows per page, at least 1
     * @param after  the cursor this page starts after
     * @param search the read, given the number of rows to ask for
     */
    static KeysetPage read(int size, long after, IntFunction<List<OdooRecord>> search) {
        List<OdooRecord> found = search.apply(size + 1);
        boolean last = found.size() <= size;
        List<OdooRecord> rows = last ? found : List.copyOf(found.subList(0, size));
        long lastId = rows.isEmpty() ? after : rows.get(rows.size() - 1).id();
        return new KeysetPage(rows, lastId, last);
    }
}
