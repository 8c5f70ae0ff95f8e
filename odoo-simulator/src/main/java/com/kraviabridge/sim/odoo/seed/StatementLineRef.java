package com.kraviabridge.sim.odoo.seed;

/**
 * An imported bank statement line: its id, its own journal entry, and the entry's counterpart line (on the suspense
 * account until matched, then on the receivable account).
 */
public record StatementLineRef(int id, int moveId, String moveName, int counterpartLineId) {
}
