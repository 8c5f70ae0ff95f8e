package com.kraviabridge.app.e2e;

import com.kraviabridge.sim.odoo.SimDatabase;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What a test looks at in Odoo, read from the simulator's own state (not through the bridge). */
final class OdooReads {

    private final SimDatabase db;

    OdooReads(SimDatabase db) {
        this.db = db;
    }

    BigDecimal residual(int invoiceId) {
        return new BigDecimal(db.read("account.move", invoiceId, "amount_residual").get("amount_residual").toString())
                .setScale(2, java.math.RoundingMode.HALF_UP);
    }

    String paymentState(int invoiceId) {
        return String.valueOf(db.read("account.move", invoiceId, "payment_state").get("payment_state"));
    }

    List<String> notes(int invoiceId) {
        List<Integer> ids = db.search("mail.message", List.of(List.of("model", "=", "account.move"),
                List.of("res_id", "=", invoiceId)));
        return ids.stream().map(id -> String.valueOf(db.read("mail.message", id, "body").get("body"))).toList();
    }

    List<Integer> movesWithRef(String ref) {
        return db.search("account.move", List.of(List.of("ref", "=", ref)));
    }

    Map<String, Object> move(int id, String... fields) {
        return db.read("account.move", id, fields);
    }
}
