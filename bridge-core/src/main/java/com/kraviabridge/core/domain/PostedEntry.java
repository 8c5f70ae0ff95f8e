package com.kraviabridge.core.domain;

import java.time.LocalDate;

/**
 * A journal entry as the ERP holds it; {@code date} may differ from the one asked for (lock dates).
 *
 * @param posted false while the entry is a draft
 */
public record PostedEntry(long moveId, String name, String ref, LocalDate date, boolean posted) {

    public PostedEntry(long moveId, String name, String ref, LocalDate date) {
        this(moveId, name, ref, date, true);
    }
}
