package com.kraviabridge.sim.odoo.accounting;

import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.Rec;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of a tax report as Odoo's generic one builds them: per tax-report tag, the balance of the posted
 * journal items carrying that tag in the period. A line without tags is not in the report, whatever its account.
 */
public final class TaxReport {
    private TaxReport() {
    }

    /** Balance per tag name of one company's posted items dated from {@code from} to {@code to} (both inclusive). */
    public static Map<String, BigDecimal> balances(Env env, int companyId, LocalDate from, LocalDate to) {
        Map<String, BigDecimal> out = new TreeMap<>();
        for (Rec line : env.table("account.move.line").scan()) {
            LocalDate date = env.date(line, "date");
            if (!"posted".equals(env.str(line, "parent_state"))
                    || !Integer.valueOf(companyId).equals(env.id(line, "company_id"))
                    || date == null || date.isBefore(from) || date.isAfter(to)) {
                continue;
            }
            for (Rec tag : env.refs(line, "tax_tag_ids")) {
                out.merge(env.str(tag, "name"), env.dec(line, "balance"), BigDecimal::add);
            }
        }
        return out;
    }
}
