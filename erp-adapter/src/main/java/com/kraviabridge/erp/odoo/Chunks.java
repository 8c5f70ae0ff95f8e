package com.kraviabridge.erp.odoo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/** Splits ids into distinct, ordered chunks so no call carries more than a page. */
final class Chunks {

    private Chunks() {
    }

    static List<List<Long>> of(Collection<Long> ids, int size) {
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += size) {
            chunks.add(List.copyOf(distinct.subList(from, Math.min(distinct.size(), from + size))));
        }
        return chunks;
    }
}
