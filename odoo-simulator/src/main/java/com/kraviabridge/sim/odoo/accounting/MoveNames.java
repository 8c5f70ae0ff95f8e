package com.kraviabridge.sim.odoo.accounting;

import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.Rec;

import java.util.Map;

/** {@code _get_move_display_name(show_ref=True)}: "Draft Invoice (* 12)", "INV/2026/00001 (ref)". */
public final class MoveNames {
    private static final Map<String, String> DRAFT_LABELS = Map.of(
            "out_invoice", "Draft Invoice",
            "out_refund", "Draft Credit Note",
            "in_invoice", "Draft Bill",
            "in_refund", "Draft Vendor Credit Note",
            "out_receipt", "Draft Sales Receipt",
            "in_receipt", "Draft Purchase Receipt",
            "entry", "Draft Entry");

    private MoveNames() {
    }

    public static String displayName(Env env, Rec move) {
        StringBuilder out = new StringBuilder();
        if ("draft".equals(env.str(move, "state"))) {
            out.append(DRAFT_LABELS.getOrDefault(env.str(move, "move_type"), "Draft Entry")).append(' ');
        }
        String name = env.str(move, "name");
        if (name == null || name.equals("/")) {
            out.append("(* ").append(move.id()).append(')');
        } else {
            out.append(name);
        }
        String ref = env.str(move, "ref");
        if (ref != null && !ref.isEmpty()) {
            out.append(" (").append(ref.length() > 50 ? ref.substring(0, 46) + " [...]" : ref).append(')');
        }
        return out.toString();
    }
}
