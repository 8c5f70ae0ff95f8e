package com.kraviabridge.sim.kravia;

import java.time.LocalDate;

/** One step in a case's history (details {@code timeline[]}, docs/kravia-contract.md §4). */
public record TimelineEntry(LocalDate date, CaseStatus status, String description) {
}
