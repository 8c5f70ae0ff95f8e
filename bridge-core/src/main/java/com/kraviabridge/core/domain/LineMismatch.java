package com.kraviabridge.core.domain;

/**
 * A line the bridge expected in an entry that a person changed before posting it.
 *
 * @param found what the entry has on that line's account and partner instead (zero when nothing)
 */
public record LineMismatch(JournalLine expected, Money found) {

    /** What the entry lacks (positive) or has too much (negative) against the expected line. */
    public Money difference() {
        return expected.amount().minus(found);
    }
}
