package com.kraviabridge.sim.kravia;

import java.util.List;

/** One page of a search and the number of matches over all pages (§16 {@code totalCount}). */
record SearchPage(List<InvoiceSnapshot> items, int totalCount) {
}
