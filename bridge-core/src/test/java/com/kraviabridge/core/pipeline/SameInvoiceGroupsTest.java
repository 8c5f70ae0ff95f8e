package com.kraviabridge.core.pipeline;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SameInvoiceGroupsTest {

    @Test
    void settlementsOfTheSameInvoiceEvenThroughAThirdOneShareAGroupInTheirOrder() {
        Map<String, Set<Long>> invoices = Map.of(
                "s1", Set.of(1L, 2L),
                "s2", Set.of(3L),
                "s3", Set.of(4L, 5L),
                "s4", Set.of(5L, 6L),
                "s5", Set.of(6L, 2L),
                "s6", Set.of());

        List<List<String>> groups = SameInvoiceGroups.of(List.of("s1", "s2", "s3", "s4", "s5", "s6"), invoices::get);

        assertThat(groups).containsExactly(List.of("s1", "s3", "s4", "s5"), List.of("s2"), List.of("s6"));
    }

    @Test
    void batchesHoldWholeGroupsAndAtLeastTheSizeExceptTheLast() {
        List<List<String>> groups = List.of(List.of("a", "b", "c"), List.of("d"), List.of("e"), List.of("f", "g"),
                List.of("h"));

        assertThat(SameInvoiceGroups.batches(groups, 2)).containsExactly(
                List.of(List.of("a", "b", "c")),
                List.of(List.of("d"), List.of("e")),
                List.of(List.of("f", "g")),
                List.of(List.of("h")));
    }
}
