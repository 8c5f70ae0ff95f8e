package com.kraviabridge.sim.odoo.accounting;

import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.Rec;

import java.util.Set;

/** Questions about accounts and move types that the accounting rules keep asking. */
public final class Accounts {
    private static final Set<String> INVOICE_TYPES = Set.of("out_invoice", "out_refund", "in_invoice", "in_refund",
            "out_receipt", "in_receipt");
    private static final Set<String> INBOUND_TYPES = Set.of("out_invoice", "in_refund", "out_receipt");

    private Accounts() {
    }

    public static boolean isReceivableOrPayable(Env env, Rec account) {
        if (account == null) {
            return false;
        }
        String type = env.str(account, "account_type");
        return "asset_receivable".equals(type) || "liability_payable".equals(type);
    }

    /** Lines on such accounts carry a residual (Odoo's condition in _compute_amount_residual). */
    public static boolean tracksResidual(Env env, Rec account) {
        if (account == null) {
            return false;
        }
        String type = env.str(account, "account_type");
        return env.bool(account, "reconcile") || "asset_cash".equals(type) || "liability_credit_card".equals(type);
    }

    /** {@code is_invoice(include_receipts=True)}. */
    public static boolean isInvoice(String moveType) {
        return INVOICE_TYPES.contains(moveType);
    }

    public static boolean isSaleDocument(String moveType) {
        return "out_invoice".equals(moveType) || "out_refund".equals(moveType) || "out_receipt".equals(moveType);
    }

    /** Product lines of inbound documents (customer invoices, vendor refunds) are credits. */
    public static int productSign(String moveType) {
        return INBOUND_TYPES.contains(moveType) ? -1 : 1;
    }

    public static Integer companyCurrency(Env env, Rec move) {
        Rec company = env.ref(move, "company_id");
        return company == null ? null : env.id(company, "currency_id");
    }
}
