package com.kraviabridge.sim.odoo.accounting;

import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.ModelHooks;
import com.kraviabridge.sim.odoo.orm.OdooError;
import com.kraviabridge.sim.odoo.orm.Rec;
import com.kraviabridge.sim.odoo.orm.Values;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** account.move defaults (journal, company, currency, date) and what posted moves refuse. */
final class MoveHooks implements ModelHooks {
    /** Fields that change the accounting of a posted move. */
    private static final Set<String> LOCKED_WHEN_POSTED = Set.of("line_ids", "invoice_line_ids", "move_type",
            "currency_id", "company_id", "partner_id", "invoice_date", "date");

    @Override
    public void prepareCreate(Env env, Map<String, Object> vals) {
        if ("posted".equals(vals.get("state"))) {
            throw OdooError.userError("You cannot create a move already in the posted state. Please create a draft"
                    + " move and post it after.");
        }
        String type = Values.unset(vals.get("move_type")) ? "entry" : String.valueOf(vals.get("move_type"));
        vals.putIfAbsent("move_type", type);
        if (Values.unset(vals.get("journal_id"))) {
            vals.put("journal_id", defaultJournal(env, type));
        }
        Rec journal = env.rec("account.journal", Values.pyInt(vals.get("journal_id")));
        if (journal != null) {
            vals.put("company_id", env.id(journal, "company_id"));
            if (Values.unset(vals.get("currency_id"))) {
                Integer cur = env.id(journal, "currency_id");
                if (cur == null) {
                    cur = env.id(env.ref(journal, "company_id"), "currency_id");
                }
                vals.put("currency_id", cur);
            }
        }
        if (Values.unset(vals.get("date"))) {
            Object invoiceDate = vals.get("invoice_date");
            vals.put("date", Values.unset(invoiceDate) ? env.today().toString() : invoiceDate);
        }
    }

    private static Object defaultJournal(Env env, String type) {
        String journalType = switch (type) {
            case "out_invoice", "out_refund", "out_receipt" -> "sale";
            case "in_invoice", "in_refund", "in_receipt" -> "purchase";
            default -> "general";
        };
        int company = env.company();
        for (Rec j : env.table("account.journal").scan()) {
            if (journalType.equals(env.str(j, "type")) && Integer.valueOf(company).equals(env.id(j, "company_id"))
                    && env.bool(j, "active")) {
                return j.id();
            }
        }
        Rec co = env.rec("res.company", company);
        throw OdooError.userError("No journal could be found in company " + (co == null ? "" : env.str(co, "name"))
                + " for any of those types: " + journalType);
    }

    @Override
    public void afterCreate(Env env, Rec rec, Map<String, Object> vals) {
        MoveSync.dirty(env).add(rec.id());
    }

    @Override
    public void checkWrite(Env env, List<Rec> recs, Map<String, Object> vals) {
        for (Rec move : recs) {
            if (vals.containsKey("journal_id") && env.bool(move, "posted_before")
                    && !Integer.valueOf(Values.pyInt(vals.get("journal_id"))).equals(env.id(move, "journal_id"))) {
                throw OdooError.userError("You cannot edit the journal of an account move if it has been posted once.");
            }
            if ("posted".equals(env.str(move, "state"))) {
                for (String f : vals.keySet()) {
                    if (LOCKED_WHEN_POSTED.contains(f)) {
                        throw LineHooks.postedModification(f);
                    }
                }
            }
        }
    }

    @Override
    public void afterWrite(Env env, List<Rec> recs, Map<String, Object> vals) {
        for (Rec move : recs) {
            MoveSync.dirty(env).add(move.id());
            if (vals.containsKey("state")) {
                for (Rec l : env.refs(move, "line_ids")) {
                    env.touch(l);
                }
            }
        }
    }

    @Override
    public void checkUnlink(Env env, List<Rec> recs) {
        for (Rec move : recs) {
            if ("posted".equals(env.str(move, "state"))) {
                throw OdooError.userError("You cannot delete an entry which has been posted once.");
            }
        }
    }
}
