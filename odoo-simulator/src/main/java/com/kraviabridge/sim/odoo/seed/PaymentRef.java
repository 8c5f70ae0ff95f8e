package com.kraviabridge.sim.odoo.seed;

import java.util.List;

/** A seeded account.payment: its journal entry, receivable-side line and the partials it made. */
public record PaymentRef(int paymentId, int moveId, String name, int counterpartLineId, List<Integer> partialIds) {
}
