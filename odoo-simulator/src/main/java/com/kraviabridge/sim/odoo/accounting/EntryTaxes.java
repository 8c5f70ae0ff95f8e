package com.kraviabridge.sim.odoo.accounting;

import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.Orm;
import com.kraviabridge.sim.odoo.orm.Rec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Taxes on a draft journal entry (not an invoice), as Odoo 17 to 19 keep them: only an entry whose lines carry
 * taxes ({@code tax_ids}) is in automatic tax mode; there each tax's lines are made or updated from the base
 * lines, the base lines get the base tags, and an "Automatic Balancing Line" absorbs what the taxes put out of
 * balance. From 18 an entry without {@code tax_ids} is left as written: a tax line made by hand (a line with a
 * {@code tax_repartition_line_id}) stays, and keeps only the tags and base amount its author gave it; in 17 it
 * is removed (see {@link #dropTaxLinesAsSeventeen}). When the taxes are removed from an entry, the tax lines the
 * automatic mode made go with them. A caller that passes {@code skip_invoice_sync} gets none of this.
 */
final class EntryTaxes {
    static final String BALANCING_LINE = "Automatic Balancing Line";

    private EntryTaxes() {
    }

    static void sync(Env env, Rec move) {
        List<Rec> lines = env.refs(move, "line_ids");
        List<Rec> bases = new ArrayList<>();
        for (Rec l : lines) {
            if (env.id(l, "tax_repartition_line_id") == null && !env.ids(l, "tax_ids").isEmpty()) {
                bases.add(l);
            }
        }
        if (bases.isEmpty() && !env.version().atLeast(18)) {
            dropTaxLinesAsSeventeen(env, move, lines);
            return;
        }
        if (bases.isEmpty()) {
            List<Rec> generated = new ArrayList<>();
            for (Rec l : lines) {
                if ("tax".equals(env.str(l, "display_type")) || BALANCING_LINE.equals(env.str(l, "name"))) {
                    generated.add(l);
                }
            }
            if (!generated.isEmpty()) {
                Orm.unlinkRecords(env.sudo(), env.model("account.move.line"), generated);
                for (Rec l : env.refs(move, "line_ids")) {
                    env.update(l, "tax_tag_ids", List.of());
                }
            }
            return;
        }
        Map<Integer, BigDecimal[]> perRepartition = new LinkedHashMap<>();
        for (Rec base : bases) {
            Set<Integer> tags = new LinkedHashSet<>();
            for (Rec tax : env.refs(base, "tax_ids")) {
                String document = isRefund(env, tax, base) ? "refund" : "invoice";
                tags.addAll(TaxRepartition.tags(env, TaxRepartition.line(env, tax, document, "base")));
                Rec repartition = TaxRepartition.line(env, tax, document, "tax");
                if (repartition == null) {
                    continue;
                }
                BigDecimal rate = BigDecimal.valueOf((Double) env.get(tax, "amount")).movePointLeft(2)
                        .multiply(BigDecimal.valueOf((Double) env.get(repartition, "factor_percent")).movePointLeft(2));
                BigDecimal balance = env.dec(base, "balance");
                BigDecimal[] sums = perRepartition.computeIfAbsent(repartition.id(),
                        k -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
                sums[0] = sums[0].add(balance.multiply(rate));
                sums[1] = sums[1].add(env.dec(base, "amount_currency").multiply(rate));
                sums[2] = sums[2].add(balance);
            }
            env.update(base, "tax_tag_ids", List.copyOf(tags));
        }
        Map<Integer, Rec> existing = new LinkedHashMap<>();
        List<Rec> stale = new ArrayList<>();
        Rec balancing = null;
        for (Rec l : lines) {
            Integer repartition = env.id(l, "tax_repartition_line_id");
            if (repartition != null && perRepartition.containsKey(repartition) && !existing.containsKey(repartition)) {
                existing.put(repartition, l);
            } else if ("tax".equals(env.str(l, "display_type"))) {
                stale.add(l);
            } else if (BALANCING_LINE.equals(env.str(l, "name")) && balancing == null) {
                balancing = l;
            }
        }
        if (!stale.isEmpty()) {
            Orm.unlinkRecords(env.sudo(), env.model("account.move.line"), stale);
        }
        Integer companyCurrency = Accounts.companyCurrency(env, move);
        for (Map.Entry<Integer, BigDecimal[]> e : perRepartition.entrySet()) {
            Rec repartition = env.rec("account.tax.repartition.line", e.getKey());
            Rec tax = env.ref(repartition, "tax_id");
            BigDecimal balance = Money.round(env, e.getValue()[0], companyCurrency);
            BigDecimal amountCurrency = Money.round(env, e.getValue()[1], env.id(move, "currency_id"));
            Rec line = existing.get(e.getKey());
            if (line == null) {
                Integer account = env.id(repartition, "account_id");
                line = LineFactory.create(env, move, account == null ? env.id(bases.get(0), "account_id") : account,
                        balance, amountCurrency, env.id(move, "currency_id"), "tax", env.str(tax, "name"),
                        env.id(bases.get(0), "partner_id"));
                env.update(line, "tax_repartition_line_id", repartition.id());
            } else {
                LineFactory.setAmounts(env, line, balance, amountCurrency);
            }
            env.update(line, "tax_tag_ids", TaxRepartition.tags(env, repartition));
            env.update(line, "tax_base_amount", e.getValue()[2]);
        }
        balance(env, move, balancing);
    }

    /**
     * Odoo 17 (and 16) treat a draft entry without taxes that still has tax lines as one whose taxes are being
     * removed: every line with a tax repartition line goes, a hand-made one too, and what that puts out of balance
     * goes on an "Automatic Balancing Line" in the company's suspense account. 18 does that only when the entry
     * had taxes before the change, so there a tax line made by hand stays.
     */
    private static void dropTaxLinesAsSeventeen(Env env, Rec move, List<Rec> lines) {
        List<Rec> taxLines = new ArrayList<>();
        Rec balancing = null;
        for (Rec l : lines) {
            if (env.id(l, "tax_repartition_line_id") != null) {
                taxLines.add(l);
            } else if (BALANCING_LINE.equals(env.str(l, "name")) && balancing == null) {
                balancing = l;
            }
        }
        if (taxLines.isEmpty()) {
            return;
        }
        Orm.unlinkRecords(env.sudo(), env.model("account.move.line"), taxLines);
        BigDecimal total = BigDecimal.ZERO;
        for (Rec l : env.refs(move, "line_ids")) {
            if (balancing == null || l.id() != balancing.id()) {
                total = total.add(env.dec(l, "balance"));
            }
        }
        if (balancing != null) {
            LineFactory.setAmounts(env, balancing, total.negate(), total.negate());
        } else if (total.signum() != 0) {
            Integer suspense = env.db().extension(CompanyAccounts.class, CompanyAccounts::new)
                    .chart(env.id(move, "company_id")).suspense;
            LineFactory.create(env, move, suspense, total.negate(), total.negate(), env.id(move, "currency_id"),
                    "product", BALANCING_LINE, null);
        }
    }

    /** The entry's imbalance goes on one balancing line in the journal's account, else the suspense account. */
    private static void balance(Env env, Rec move, Rec balancing) {
        BigDecimal total = BigDecimal.ZERO;
        for (Rec l : env.refs(move, "line_ids")) {
            if (balancing == null || l.id() != balancing.id()) {
                total = total.add(env.dec(l, "balance"));
            }
        }
        if (total.signum() == 0) {
            if (balancing != null) {
                Orm.unlinkRecords(env.sudo(), env.model("account.move.line"), List.of(balancing));
            }
            return;
        }
        if (balancing != null) {
            LineFactory.setAmounts(env, balancing, total.negate(), total.negate());
            return;
        }
        Rec journal = env.ref(move, "journal_id");
        Integer account = journal == null ? null : env.id(journal, "default_account_id");
        if (account == null) {
            account = env.db().extension(CompanyAccounts.class, CompanyAccounts::new)
                    .chart(env.id(move, "company_id")).suspense;
        }
        LineFactory.create(env, move, account, total.negate(), total.negate(), env.id(move, "currency_id"), "product",
                BALANCING_LINE, null);
    }

    /**
     * Whether a base line of an entry counts as a refund for its tax: a purchase tax on a credit or a sale tax on
     * a debit does.
     */
    private static boolean isRefund(Env env, Rec tax, Rec base) {
        String use = env.str(tax, "type_tax_use");
        BigDecimal balance = env.dec(base, "balance");
        return "sale".equals(use) ? balance.signum() > 0 : "purchase".equals(use) && balance.signum() < 0;
    }
}
