package com.kraviabridge.sim.kravia;

import java.util.List;

/** One page of a search and the number of matches over all pages ({@code totalCount}, docs/kravia-contract.md §4). */
record SearchPage(List<InvoiceSnapshot> items, int totalCount) {
}
