package com.kraviabridge.sim.odoo.seed;

/** A seeded res.partner. */
public record PartnerRef(int id, String name) {
}
