package com.kraviabridge.sim.kravia;

import java.time.LocalDateTime;

/**
 * A validated {@code invoice/search}.
 *
 * @param updatedFrom   inclusive lower bound on {@code lastUpdatedTime} (docs/kravia-contract.md §7), or null for all
 * @param byLastUpdated {@code orderBy=11}; otherwise the order is by id
 * @param creditorId    optional narrowing to one creditor (not documented; a partner token sees all its creditors)
 */
record SearchQuery(LocalDateTime updatedFrom, boolean byLastUpdated, boolean ascending, int skip, int top,
                   Long creditorId) {
}
