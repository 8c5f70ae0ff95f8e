package com.kraviabridge.sim.odoo.accounting;

import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.Rec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code invoice_payments_widget} (16+): a dict listing what settled a posted invoice, one entry
 * per partial, or False when nothing did. Computed on every read, as in Odoo, so it is costly
 * in bulk (docs/odoo-notes.md §5.2).
 */
public final class PaymentsWidget {
    private PaymentsWidget() {
    }

    public static Object compute(Env env, Rec move) {
        if (!"posted".equals(env.str(move, "state")) || !Accounts.isInvoice(env.str(move, "move_type"))) {
            return null;
        }
        List<Object> content = new ArrayList<>();
        Integer companyCurrency = Accounts.companyCurrency(env, move);
        for (Rec line : env.refs(move, "line_ids")) {
            if (!Accounts.isReceivableOrPayable(env, env.ref(line, "account_id"))) {
                continue;
            }
            for (Rec partial : Partials.of(env, line)) {
                boolean lineIsDebit = env.id(partial, "debit_move_id") == line.id();
                Rec other = env.ref(partial, lineIsDebit ? "credit_move_id" : "debit_move_id");
                if (other == null) {
                    continue;
                }
                Rec otherMove = env.ref(other, "move_id");
                String name = env.str(otherMove, "name");
                String ref = env.str(otherMove, "ref");
                Rec payment = PaymentStates.paymentOf(env, otherMove);
                Integer otherCurrency = env.id(other, "currency_id");
                boolean foreign = otherCurrency != null && !otherCurrency.equals(companyCurrency);
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("name", env.str(other, "name") == null ? false : env.str(other, "name"));
                entry.put("journal_name", env.str(env.ref(other, "journal_id"), "name"));
                entry.put("amount", env.dec(partial, lineIsDebit ? "debit_amount_currency" : "credit_amount_currency"));
                entry.put("currency_id", env.id(move, "currency_id"));
                entry.put("date", env.date(other, "date"));
                entry.put("partial_id", partial.id());
                entry.put("account_payment_id", payment == null ? false : payment.id());
                entry.put("payment_method_name", payment == null ? false : "Manual");
                entry.put("move_id", otherMove.id());
                entry.put("ref", ref == null || ref.isEmpty() ? name : name + " (" + ref + ")");
                entry.put("is_exchange", false);
                entry.put("amount_company_currency", Money.format(env, env.dec(other, "balance").abs(), companyCurrency));
                entry.put("amount_foreign_currency", foreign
                        ? Money.format(env, env.dec(other, "amount_currency").abs(), otherCurrency) : false);
                content.add(entry);
            }
        }
        if (content.isEmpty()) {
            return null;
        }
        Map<String, Object> widget = new LinkedHashMap<>();
        widget.put("title", "Less Payment");
        widget.put("outstanding", false);
        widget.put("content", content);
        return widget;
    }
}
