package com.kraviabridge.core.domain;

import java.time.LocalDate;

/** A journal entry as the ERP posted it; {@code date} may differ from the one asked for (lock dates). */
public record PostedEntry(long moveId, String name, String ref, LocalDate date) {
}
