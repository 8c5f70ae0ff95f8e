package com.kraviabridge.sim.odoo.accounting;

import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.OdooError;
import com.kraviabridge.sim.odoo.orm.Orm;
import com.kraviabridge.sim.odoo.orm.Rec;
import com.kraviabridge.sim.odoo.orm.Values;
import com.kraviabridge.sim.odoo.schema.StandardSchema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * End-of-call work on moves whose lines changed: regenerate the dynamic lines of draft
 * invoices (taxes, payment term), recompute the totals and refuse unbalanced entries, as the
 * {@code _check_balanced} context manager does on every create/write.
 */
public final class MoveSync {
    private MoveSync() {
    }

    /** Moves whose lines changed during this call. */
    static java.util.Set<Integer> dirty(Env env) {
        return env.tx().pending("account.move");
    }

    public static void flush(Env env) {
        if (MoveSync.dirty(env).isEmpty()) {
            return;
        }
        List<Integer> ids = new ArrayList<>(MoveSync.dirty(env));
        MoveSync.dirty(env).clear();
        for (Integer id : ids) {
            Rec move = env.rec("account.move", id);
            if (move == null) {
                continue;
            }
            // Odoo's own writers of finished entries (cash basis, exchange differences) switch the dynamic lines
            // off with skip_invoice_sync; the entry is then kept exactly as written.
            boolean synced = !Values.truthy(env.context().getOrDefault("skip_invoice_sync", false));
            if (synced && "draft".equals(env.str(move, "state"))) {
                if (Accounts.isInvoice(env.str(move, "move_type"))) {
                    syncInvoice(env, move);
                } else {
                    EntryTaxes.sync(env, move);
                }
            }
            PaymentStates.recomputeAmounts(env, move);
            if (Values.truthy(env.context().getOrDefault("check_move_validity", true))) {
                // callers may switch the check off to save a draft in steps; posting checks again
                checkBalanced(env, move);
            }
        }
        MoveSync.dirty(env).removeAll(ids);
    }

    public static void checkBalanced(Env env, Rec move) {
        List<Rec> lines = env.refs(move, "line_ids");
        if (lines.isEmpty()) {
            return;
        }
        BigDecimal debit = BigDecimal.ZERO;
        BigDecimal credit = BigDecimal.ZERO;
        BigDecimal balance = BigDecimal.ZERO;
        for (Rec l : lines) {
            debit = debit.add(env.dec(l, "debit"));
            credit = credit.add(env.dec(l, "credit"));
            balance = balance.add(env.dec(l, "balance"));
        }
        Integer currency = Accounts.companyCurrency(env, move);
        if (!Money.isZero(env, balance, currency)) {
            Rec journal = env.ref(move, "journal_id");
            throw OdooError.userError("An error has occurred.\n\nThe move (" + env.displayName(move) + ") is not balanced.\n"
                    + "The total of debits equals " + Money.format(env, debit, currency)
                    + " and the total of credits equals " + Money.format(env, credit, currency) + ".\n"
                    + "You might want to specify a default account on journal \""
                    + (journal == null ? "" : env.str(journal, "name")) + "\" to automatically balance each move.");
        }
    }

    /** Product lines drive everything: subtotal = quantity × unit price, taxes per line. */
    static void syncInvoice(Env env, Rec move) {
        String type = env.str(move, "move_type");
        int sign = Accounts.productSign(type);
        Integer currency = env.id(move, "currency_id");
        Integer companyCurrency = Accounts.companyCurrency(env, move);
        LocalDate invoiceDate = env.date(move, "invoice_date");
        if (invoiceDate != null) {
            env.update(move, "date", invoiceDate);
        }
        LocalDate day = env.date(move, "date");
        if (env.date(move, "invoice_date_due") == null) {
            env.update(move, "invoice_date_due", invoiceDate != null ? invoiceDate : day);
        }
        Rec partner = env.ref(move, "partner_id");
        Integer commercial = partner == null ? null : StandardSchema.commercialPartner(env, partner).id();
        CompanyAccounts accounts = env.db().extension(CompanyAccounts.class, CompanyAccounts::new);
        CompanyAccounts.Chart chart = accounts.chart(env.id(move, "company_id"));

        String document = type.endsWith("_refund") ? "refund" : "invoice";
        Map<Integer, BigDecimal> taxAmounts = new LinkedHashMap<>();
        Map<Integer, BigDecimal> taxBases = new LinkedHashMap<>();
        BigDecimal sumCur = BigDecimal.ZERO;
        BigDecimal sumBal = BigDecimal.ZERO;
        Rec termLine = null;
        Map<Integer, Rec> taxLines = new LinkedHashMap<>();
        List<Rec> strayTaxLines = new ArrayList<>();
        for (Rec line : env.refs(move, "line_ids")) {
            String display = env.str(line, "display_type");
            env.update(line, "partner_id", commercial);
            switch (display) {
                case "product" -> {
                    BigDecimal qty = BigDecimal.valueOf((Double) env.get(line, "quantity"));
                    BigDecimal price = BigDecimal.valueOf((Double) env.get(line, "price_unit"));
                    BigDecimal subtotal = Money.round(env, qty.multiply(price), currency);
                    BigDecimal taxTotal = BigDecimal.ZERO;
                    BigDecimal amountCur = subtotal.multiply(BigDecimal.valueOf(sign));
                    BigDecimal balance = CurrencyRates.convert(env, amountCur, currency, companyCurrency, day);
                    List<Integer> baseTags = new ArrayList<>();
                    for (Rec tax : env.refs(line, "tax_ids")) {
                        BigDecimal amount = taxAmount(env, tax, subtotal, qty, currency);
                        taxAmounts.merge(tax.id(), amount, BigDecimal::add);
                        taxBases.merge(tax.id(), balance.multiply(BigDecimal.valueOf(sign)), BigDecimal::add);
                        taxTotal = taxTotal.add(amount);
                        baseTags.addAll(TaxRepartition.tags(env, TaxRepartition.line(env, tax, document, "base")));
                    }
                    env.update(line, "tax_tag_ids", List.copyOf(new java.util.LinkedHashSet<>(baseTags)));
                    env.update(line, "price_subtotal", subtotal);
                    env.update(line, "price_total", subtotal.add(taxTotal));
                    LineFactory.setAmounts(env, line, balance, amountCur);
                    sumCur = sumCur.add(amountCur);
                    sumBal = sumBal.add(balance);
                }
                case "tax" -> {
                    Integer taxId = env.id(line, "tax_line_id");
                    if (taxId != null && !taxLines.containsKey(taxId)) {
                        taxLines.put(taxId, line);
                    } else {
                        strayTaxLines.add(line);
                    }
                }
                case "payment_term" -> {
                    if (termLine == null) {
                        termLine = line;
                    } else {
                        strayTaxLines.add(line);
                    }
                }
                default -> {
                    sumCur = sumCur.add(env.dec(line, "amount_currency"));
                    sumBal = sumBal.add(env.dec(line, "balance"));
                }
            }
        }
        for (Map.Entry<Integer, BigDecimal> e : taxAmounts.entrySet()) {
            Rec tax = env.rec("account.tax", e.getKey());
            BigDecimal amountCur = e.getValue().multiply(BigDecimal.valueOf(sign));
            BigDecimal balance = CurrencyRates.convert(env, amountCur, currency, companyCurrency, day);
            Rec line = taxLines.remove(e.getKey());
            Rec repartition = TaxRepartition.line(env, tax, document, "tax");
            if (line == null) {
                Integer account = repartition == null ? null : env.id(repartition, "account_id");
                line = LineFactory.create(env, move, account == null ? chart.income : account, balance, amountCur,
                        currency, "tax", env.str(tax, "name"), commercial);
            } else {
                LineFactory.setAmounts(env, line, balance, amountCur);
            }
            env.update(line, "tax_repartition_line_id", repartition == null ? null : repartition.id());
            env.update(line, "tax_tag_ids", TaxRepartition.tags(env, repartition));
            env.update(line, "tax_base_amount", taxBases.get(e.getKey()));
            sumCur = sumCur.add(amountCur);
            sumBal = sumBal.add(balance);
        }
        strayTaxLines.addAll(taxLines.values());
        if (!strayTaxLines.isEmpty()) {
            Orm.unlinkRecords(env.sudo(), env.model("account.move.line"), strayTaxLines);
        }
        int termAccount = type.startsWith("in_") ? chart.payable : chart.receivable;
        String reference = env.str(move, "payment_reference");
        if (termLine == null) {
            termLine = LineFactory.create(env, move, termAccount, sumBal.negate(), sumCur.negate(), currency,
                    "payment_term", reference == null ? "" : reference, commercial);
        } else {
            LineFactory.setAmounts(env, termLine, sumBal.negate(), sumCur.negate());
            env.update(termLine, "name", reference == null ? "" : reference);
        }
        LineFactory.setMaturity(env, termLine, env.date(move, "invoice_date_due"));
    }

    private static BigDecimal taxAmount(Env env, Rec tax, BigDecimal subtotal, BigDecimal qty, Integer currency) {
        double rate = (Double) env.get(tax, "amount");
        String kind = env.str(tax, "amount_type");
        BigDecimal amount = "fixed".equals(kind)
                ? BigDecimal.valueOf(rate).multiply(qty)
                : subtotal.multiply(BigDecimal.valueOf(rate)).movePointLeft(2);
        return Money.round(env, amount, currency);
    }
}
