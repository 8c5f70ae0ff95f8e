package com.kraviabridge.sim.odoo.accounting;

import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.Rec;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The stored amounts of a move ({@code _compute_amount}) and its {@code payment_state}
 * ({@code _compute_payment_state}, 17 logic, community flavour: never {@code in_payment}).
 */
public final class PaymentStates {
    private PaymentStates() {
    }

    /** Totals from the lines, signs as Odoo computes them per move type. */
    public static void recomputeAmounts(Env env, Rec move) {
        String type = env.str(move, "move_type");
        boolean invoice = Accounts.isInvoice(type);
        BigDecimal untaxed = BigDecimal.ZERO;
        BigDecimal untaxedCur = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        BigDecimal taxCur = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal totalCur = BigDecimal.ZERO;
        BigDecimal residual = BigDecimal.ZERO;
        BigDecimal residualCur = BigDecimal.ZERO;
        for (Rec line : env.refs(move, "line_ids")) {
            String display = env.str(line, "display_type");
            BigDecimal balance = env.dec(line, "balance");
            BigDecimal amountCur = env.dec(line, "amount_currency");
            if (invoice) {
                if ("tax".equals(display)) {
                    tax = tax.add(balance);
                    taxCur = taxCur.add(amountCur);
                    total = total.add(balance);
                    totalCur = totalCur.add(amountCur);
                } else if ("product".equals(display) || "rounding".equals(display)) {
                    untaxed = untaxed.add(balance);
                    untaxedCur = untaxedCur.add(amountCur);
                    total = total.add(balance);
                    totalCur = totalCur.add(amountCur);
                } else if ("payment_term".equals(display)) {
                    residual = residual.add(env.dec(line, "amount_residual"));
                    residualCur = residualCur.add(env.dec(line, "amount_residual_currency"));
                }
            } else if (env.dec(line, "debit").signum() != 0) {
                total = total.add(balance);
                totalCur = totalCur.add(amountCur);
            }
        }
        // direction_sign: 1 for entries and outbound documents, -1 for inbound ones
        BigDecimal sign = "entry".equals(type) || Accounts.productSign(type) == 1 ? BigDecimal.ONE
                : BigDecimal.ONE.negate();
        env.update(move, "amount_untaxed", sign.multiply(untaxedCur));
        env.update(move, "amount_tax", sign.multiply(taxCur));
        env.update(move, "amount_total", sign.multiply(totalCur));
        env.update(move, "amount_residual", sign.negate().multiply(residualCur));
        env.update(move, "amount_untaxed_signed", untaxed.negate());
        env.update(move, "amount_tax_signed", tax.negate());
        env.update(move, "amount_total_signed", "entry".equals(type) ? total.abs() : total.negate());
        env.update(move, "amount_residual_signed", residual);
        BigDecimal amountTotal = env.dec(move, "amount_total");
        env.update(move, "amount_total_in_currency_signed",
                "entry".equals(type) ? amountTotal.abs() : sign.negate().multiply(amountTotal));
    }

    public static void recomputeState(Env env, Rec move) {
        String current = env.str(move, "payment_state");
        if ("invoicing_legacy".equals(current) || "blocked".equals(current)) {
            return;
        }
        String type = env.str(move, "move_type");
        String next = "not_paid";
        if ("posted".equals(env.str(move, "state")) && Accounts.isInvoice(type)) {
            next = invoiceState(env, move, type);
        }
        env.update(move, "payment_state", next);
    }

    private static String invoiceState(Env env, Rec move, String type) {
        boolean anyReconciliation = false;
        boolean anyPaymentOrStatement = false;
        Set<String> counterpartTypes = new HashSet<>();
        for (Rec line : env.refs(move, "line_ids")) {
            if (!Accounts.isReceivableOrPayable(env, env.ref(line, "account_id"))) {
                continue;
            }
            for (Rec other : Partials.counterpartLines(env, line)) {
                Rec otherMove = env.ref(other, "move_id");
                if (otherMove == null || otherMove.id() == move.id()) {
                    continue;
                }
                anyReconciliation = true;
                counterpartTypes.add(env.str(otherMove, "move_type"));
                Rec payment = paymentOf(env, otherMove);
                if (payment != null) {
                    anyPaymentOrStatement = true;
                }
                if (env.id(otherMove, "statement_line_id") != null) {
                    anyPaymentOrStatement = true;
                }
            }
        }
        Integer currency = env.id(move, "currency_id");
        if (Money.isZero(env, env.dec(move, "amount_residual"), currency)) {
            if (anyPaymentOrStatement) {
                // matched or not, community's _get_invoice_in_payment_state() answers 'paid' (docs/odoo-notes.md §5.4)
                return "paid";
            }
            boolean outReverse = List.of("out_invoice", "out_receipt").contains(type)
                    && (counterpartTypes.equals(Set.of("out_refund")) || counterpartTypes.equals(Set.of("out_refund", "entry")));
            boolean inReverse = List.of("in_invoice", "in_receipt").contains(type)
                    && (counterpartTypes.equals(Set.of("in_refund")) || counterpartTypes.equals(Set.of("in_refund", "entry")));
            boolean miscReverse = List.of("entry", "out_refund", "in_refund").contains(type)
                    && counterpartTypes.equals(Set.of("entry"));
            return outReverse || inReverse || miscReverse ? "reversed" : "paid";
        }
        return anyReconciliation ? "partial" : "not_paid";
    }

    /** The payment whose journal entry this move is (payment_id up to 17, origin_payment_id after). */
    public static Rec paymentOf(Env env, Rec move) {
        String field = env.version().atLeast(18) ? "origin_payment_id" : "payment_id";
        return env.ref(move, field);
    }
}
