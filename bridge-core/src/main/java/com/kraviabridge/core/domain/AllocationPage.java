package com.kraviabridge.core.domain;

import java.util.List;

/** Allocations in ascending id order; {@code lastId} is the cursor for the next page. */
public record AllocationPage(List<Allocation> allocations, long lastId, boolean last) {
}
