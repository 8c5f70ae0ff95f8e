package com.kraviabridge.sim.kravia;

import java.time.LocalDate;

/** One step in a case's history (§16 details {@code timeline[]}). */
public record TimelineEntry(LocalDate date, CaseStatus status, String description) {
}
