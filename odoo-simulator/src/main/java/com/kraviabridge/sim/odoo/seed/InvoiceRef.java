package com.kraviabridge.sim.odoo.seed;

import java.math.BigDecimal;

/** A seeded customer invoice: move id, number, its receivable (payment term) line and total. */
public record InvoiceRef(int id, String name, int receivableLineId, BigDecimal amountTotal) {
}
