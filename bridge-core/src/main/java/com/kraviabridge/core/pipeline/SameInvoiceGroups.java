package com.kraviabridge.core.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Splits work into groups that may run at the same time: two items that touch the same invoice, directly or
 * through a third one, land in one group and are handled one after the other in their given order, because the
 * second must see what the first did to that invoice (two settlements reconcile with its receivable line; two
 * payments are each capped at the capital the one before left).
 */
public final class SameInvoiceGroups {

    private SameInvoiceGroups() {
    }

    /**
     * @param invoicesOf the invoices an item touches
     * @return the groups, each in the items' order, ordered by their first item
     */
    public static <T> List<List<T>> of(List<T> items, Function<T, Set<Long>> invoicesOf) {
        int[] parent = new int[items.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<Long, Integer> firstTouching = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            for (Long invoice : invoicesOf.apply(items.get(i))) {
                Integer earlier = firstTouching.putIfAbsent(invoice, i);
                if (earlier != null) {
                    join(parent, earlier, i);
                }
            }
        }
        Map<Integer, List<T>> groups = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            groups.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(items.get(i));
        }
        return List.copyOf(groups.values());
    }

    /**
     * Consecutive groups put together until each batch holds at least {@code size} items (the last may hold
     * fewer); a group is never split.
     */
    public static <T> List<List<List<T>>> batches(List<List<T>> groups, int size) {
        List<List<List<T>>> batches = new ArrayList<>();
        List<List<T>> current = new ArrayList<>();
        int items = 0;
        for (List<T> group : groups) {
            current.add(group);
            items += group.size();
            if (items >= size) {
                batches.add(current);
                current = new ArrayList<>();
                items = 0;
            }
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    private static void join(int[] parent, int a, int b) {
        int rootA = root(parent, a);
        int rootB = root(parent, b);
        if (rootA != rootB) {
            parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
        }
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
