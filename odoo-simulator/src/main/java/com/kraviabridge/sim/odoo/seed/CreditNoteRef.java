package com.kraviabridge.sim.odoo.seed;

import java.util.List;

/** A seeded customer credit note (out_refund) and the partials posting it created. */
public record CreditNoteRef(int id, String name, int receivableLineId, List<Integer> partialIds) {
}
