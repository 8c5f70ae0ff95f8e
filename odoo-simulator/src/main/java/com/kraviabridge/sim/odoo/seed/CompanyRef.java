package com.kraviabridge.sim.odoo.seed;

import java.util.Map;

/** A seeded company: its id, its partner, and its chart's accounts and journals by code. */
public record CompanyRef(int id, int partnerId, Map<String, Integer> accountsByCode, Map<String, Integer> journalsByCode) {
    /**
     * Account id by code, e.g. "1500" (receivable), "3000" (income); the bank account's code depends on the
     * version (see {@code ChartInstaller.bankAccountCode}).
     */
    public int account(String code) {
        Integer id = accountsByCode.get(code);
        if (id == null) {
            throw new IllegalArgumentException("no account " + code + " in company " + this.id);
        }
        return id;
    }

    /** Journal id by code: "INV", "BILL", "BNK", "MISC". */
    public int journal(String code) {
        Integer id = journalsByCode.get(code);
        if (id == null) {
            throw new IllegalArgumentException("no journal " + code + " in company " + this.id);
        }
        return id;
    }
}
