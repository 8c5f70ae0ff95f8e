package com.kraviabridge.sim.odoo.accounting;

import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.OdooError;
import com.kraviabridge.sim.odoo.orm.Rec;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code account.move._post()}: the checks that refuse posting, sequence numbering per journal,
 * prefix and year, and the automatic reconciliation of a reversal with its origin (docs/odoo-notes.md §5.6).
 */
public final class Posting {
    private Posting() {
    }

    public static void post(Env env, List<Rec> moves) {
        MoveSync.flush(env);
        for (Rec move : moves) {
            postOne(env, move);
        }
        for (Rec move : moves) {
            reconcileWithReversedEntry(env, move);
        }
    }

    private static void postOne(Env env, Rec move) {
        String state = env.str(move, "state");
        if (!"draft".equals(state)) {
            throw OdooError.userError("The entry " + env.str(move, "name") + " (id " + move.id() + ") must be in draft.");
        }
        List<Rec> lines = new ArrayList<>();
        for (Rec l : env.refs(move, "line_ids")) {
            String display = env.str(l, "display_type");
            if (!"line_section".equals(display) && !"line_note".equals(display)) {
                lines.add(l);
            }
        }
        if (lines.isEmpty()) {
            throw OdooError.userError("You need to add a line before posting.");
        }
        String type = env.str(move, "move_type");
        if (env.id(move, "partner_id") == null && Accounts.isSaleDocument(type)) {
            throw OdooError.userError("The field 'Customer' is required, please complete it to validate the Customer "
                    + label(type) + ".");
        }
        if (env.id(move, "partner_id") == null && type.startsWith("in_")) {
            throw OdooError.userError("The field 'Vendor' is required, please complete it to validate the Vendor Bill.");
        }
        if (Accounts.isInvoice(type) && env.dec(move, "amount_total").signum() < 0) {
            throw OdooError.userError("You cannot validate an invoice with a negative total amount. You should create a"
                    + " credit note instead. Use the action menu to transform it into a credit note or refund.");
        }
        if (Accounts.isSaleDocument(type) && env.date(move, "invoice_date") == null) {
            LocalDate today = env.today();
            env.put(move, "invoice_date", today);
            MoveSync.dirty(env).add(move.id());
            MoveSync.flush(env);
        }
        for (Rec l : lines) {
            Rec account = env.ref(l, "account_id");
            if (!env.version().atLeast(19) && env.bool(account, "deprecated")) {
                throw OdooError.userError("The account " + env.str(account, "name") + " (" + env.str(account, "code")
                        + ") is deprecated.");
            }
        }
        MoveSync.checkBalanced(env, move);
        String name = env.str(move, "name");
        if (name == null || name.equals("/") || name.isEmpty()) {
            assignSequence(env, move);
        }
        env.put(move, "state", "posted");
        env.put(move, "posted_before", true);
        for (Rec l : env.refs(move, "line_ids")) {
            // parent_state and move_name are stored related fields: their recompute stamps the lines
            env.touch(l);
            Residuals.recompute(env, l);
        }
        PaymentStates.recomputeAmounts(env, move);
        PaymentStates.recomputeState(env, move);
    }

    private static String label(String moveType) {
        return switch (moveType) {
            case "out_refund" -> "Credit Note";
            case "out_receipt" -> "Sales Receipt";
            default -> "Invoice";
        };
    }

    private static void assignSequence(Env env, Rec move) {
        Rec journal = env.ref(move, "journal_id");
        String code = env.str(journal, "code");
        String type = env.str(move, "move_type");
        String prefix = code;
        if (("out_refund".equals(type) || "in_refund".equals(type)) && env.bool(journal, "refund_sequence")) {
            prefix = "R" + code;
        } else if (PaymentStates.paymentOf(env, move) != null && env.bool(journal, "payment_sequence")) {
            prefix = "P" + code;
        }
        int year = env.date(move, "date").getYear();
        String seqPrefix = prefix + "/" + year + "/";
        int number = env.db().nextSequence(env.tx(), "move:" + journal.id() + ":" + seqPrefix);
        env.put(move, "name", seqPrefix + String.format("%05d", number));
        env.put(move, "sequence_prefix", seqPrefix);
        env.put(move, "sequence_number", number);
    }

    /** Posting a reversal reconciles its open receivable/payable lines with the origin's. */
    private static void reconcileWithReversedEntry(Env env, Rec move) {
        Rec origin = env.ref(move, "reversed_entry_id");
        if (origin == null || !"posted".equals(env.str(origin, "state"))) {
            return;
        }
        List<Rec> candidates = new ArrayList<>();
        candidates.addAll(env.refs(move, "line_ids"));
        candidates.addAll(env.refs(origin, "line_ids"));
        List<Integer> accounts = new ArrayList<>();
        for (Rec l : candidates) {
            Rec account = env.ref(l, "account_id");
            if (Accounts.isReceivableOrPayable(env, account) && !accounts.contains(account.id())) {
                accounts.add(account.id());
            }
        }
        for (Integer account : accounts) {
            List<Rec> open = new ArrayList<>();
            boolean fromMove = false;
            boolean fromOrigin = false;
            for (Rec l : candidates) {
                if (account.equals(env.id(l, "account_id")) && !env.bool(l, "reconciled")
                        && env.dec(l, "amount_residual").compareTo(BigDecimal.ZERO) != 0) {
                    open.add(l);
                    fromMove |= env.id(l, "move_id") == move.id();
                    fromOrigin |= env.id(l, "move_id") == origin.id();
                }
            }
            if (fromMove && fromOrigin) {
                Reconciler.reconcile(env, open);
            }
        }
    }
}
