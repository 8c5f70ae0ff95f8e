package com.kraviabridge.sim.odoo.accounting;

import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.ModelHooks;
import com.kraviabridge.sim.odoo.orm.OdooError;
import com.kraviabridge.sim.odoo.orm.Rec;
import com.kraviabridge.sim.odoo.orm.Values;
import com.kraviabridge.sim.odoo.schema.StandardSchema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * account.move.line: the balance/debit/credit/amount_currency quartet kept consistent,
 * partner and display type defaults, and no accounting edits on posted entries.
 */
final class LineHooks implements ModelHooks {
    private static final Set<String> ACCOUNTING_FIELDS = Set.of("account_id", "debit", "credit", "balance",
            "amount_currency", "currency_id", "partner_id", "tax_ids", "tax_repartition_line_id", "tax_tag_ids", "tax_base_amount", "display_type", "move_id",
            "quantity", "price_unit");

    static OdooError postedModification(String field) {
        return OdooError.userError("You cannot do this modification on a posted journal entry, you can just change"
                + " some non legal fields. You must revert the journal entry to cancel it.\n" + field);
    }

    @Override
    public void prepareCreate(Env env, Map<String, Object> vals) {
        if (Values.unset(vals.get("move_id"))) {
            return;
        }
        Rec move = env.rec("account.move", Values.pyInt(vals.get("move_id")));
        if (move == null) {
            return;
        }
        if ("posted".equals(env.str(move, "state"))) {
            throw postedModification("line_ids");
        }
        if (Values.unset(vals.get("account_id")) && Accounts.isInvoice(env.str(move, "move_type"))
                && (Values.unset(vals.get("display_type")) || "product".equals(vals.get("display_type")))) {
            // _compute_account_id: invoice lines default to the journal's income/expense account
            Rec journal = env.ref(move, "journal_id");
            Integer account = journal == null ? null : env.id(journal, "default_account_id");
            if (account != null) {
                vals.put("account_id", account);
            }
        }
        Integer moveCurrency = env.id(move, "currency_id");
        Integer companyCurrency = Accounts.companyCurrency(env, move);
        if (Values.unset(vals.get("currency_id"))) {
            vals.put("currency_id", moveCurrency);
        }
        int currency = Values.pyInt(vals.get("currency_id"));
        LocalDate day = env.date(move, "date");
        BigDecimal balance;
        boolean hasBalance = vals.containsKey("balance") || vals.containsKey("debit") || vals.containsKey("credit");
        if (vals.containsKey("debit") || vals.containsKey("credit")) {
            balance = Values.decimal(vals.get("debit")).subtract(Values.decimal(vals.get("credit")));
        } else {
            balance = Values.decimal(vals.get("balance"));
        }
        BigDecimal amountCurrency = Values.decimal(vals.get("amount_currency"));
        if (currency == companyCurrency) {
            amountCurrency = balance;
        } else if (!hasBalance) {
            balance = CurrencyRates.convert(env, amountCurrency, currency, companyCurrency, day);
        } else if (!vals.containsKey("amount_currency")) {
            amountCurrency = CurrencyRates.convert(env, balance, companyCurrency, currency, day);
        }
        balance = Money.round(env, balance, companyCurrency);
        vals.put("balance", balance);
        vals.put("debit", balance.signum() > 0 ? balance : BigDecimal.ZERO);
        vals.put("credit", balance.signum() < 0 ? balance.negate() : BigDecimal.ZERO);
        vals.put("amount_currency", Money.round(env, amountCurrency, currency));
        if (!vals.containsKey("partner_id")) {
            Rec partner = env.ref(move, "partner_id");
            vals.put("partner_id", partner == null ? false : StandardSchema.commercialPartner(env, partner).id());
        }
        if (Values.unset(vals.get("display_type"))) {
            Rec account = Values.unset(vals.get("account_id")) ? null
                    : env.rec("account.account", Values.pyInt(vals.get("account_id")));
            // only an invoice's line is typed a tax line by its repartition line; an entry's stays a product line
            boolean invoiceTax = !Values.unset(vals.get("tax_repartition_line_id"))
                    && Accounts.isInvoice(env.str(move, "move_type"));
            String display = invoiceTax ? "tax"
                    : Accounts.isReceivableOrPayable(env, account) ? "payment_term" : "product";
            vals.put("display_type", display);
        }
        if ("payment_term".equals(vals.get("display_type")) && Values.unset(vals.get("date_maturity"))) {
            LocalDate due = env.date(move, "invoice_date_due");
            vals.put("date_maturity", (due != null ? due : day).toString());
        }
    }

    @Override
    public void afterCreate(Env env, Rec rec, Map<String, Object> vals) {
        Residuals.recompute(env, rec);
        MoveSync.dirty(env).add(env.id(rec, "move_id"));
    }

    @Override
    public void checkWrite(Env env, List<Rec> recs, Map<String, Object> vals) {
        for (Rec line : recs) {
            if ("posted".equals(env.str(line, "parent_state"))) {
                for (String f : vals.keySet()) {
                    if (ACCOUNTING_FIELDS.contains(f)) {
                        throw postedModification(f);
                    }
                }
            }
        }
    }

    @Override
    public void afterWrite(Env env, List<Rec> recs, Map<String, Object> vals) {
        boolean amounts = vals.containsKey("debit") || vals.containsKey("credit") || vals.containsKey("balance")
                || vals.containsKey("amount_currency");
        for (Rec line : recs) {
            if (amounts) {
                BigDecimal balance = vals.containsKey("balance") && !vals.containsKey("debit") && !vals.containsKey("credit")
                        ? env.dec(line, "balance")
                        : env.dec(line, "debit").subtract(env.dec(line, "credit"));
                BigDecimal amountCurrency = env.dec(line, "amount_currency");
                Integer companyCurrency = env.id(line, "company_currency_id");
                if (env.id(line, "currency_id").equals(companyCurrency)) {
                    amountCurrency = balance;
                }
                LineFactory.setAmounts(env, line, balance, amountCurrency);
            } else {
                Residuals.recompute(env, line);
            }
            MoveSync.dirty(env).add(env.id(line, "move_id"));
        }
    }

    @Override
    public void checkUnlink(Env env, List<Rec> recs) {
        for (Rec line : recs) {
            if ("posted".equals(env.str(line, "parent_state"))) {
                throw OdooError.userError("You cannot delete an item linked to a posted entry.");
            }
        }
    }

    @Override
    public void afterUnlink(Env env, List<Rec> recs) {
        for (Rec line : recs) {
            Integer move = env.id(line, "move_id");
            if (move != null && env.rec("account.move", move) != null) {
                MoveSync.dirty(env).add(move);
            }
        }
    }
}
