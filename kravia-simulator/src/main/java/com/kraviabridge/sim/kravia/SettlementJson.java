package com.kraviabridge.sim.kravia;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The settlement object (docs/kravia-contract.md §10). */
final class SettlementJson {

    private SettlementJson() {
    }

    static ArrayNode list(List<SettlementSnapshot> settlements) {
        ArrayNode array = Json.array();
        settlements.forEach(s -> array.add(settlement(s)));
        return array;
    }

    static ObjectNode settlement(SettlementSnapshot s) {
        ObjectNode node = Json.object();
        node.put("id", s.id());
        node.put("creditorId", s.creditorId());
        node.put("date", WireTime.date(s.date()));
        node.put("amount", s.amount());
        node.put("currencyCode", s.currencyCode());
        node.put("closed", s.closed());
        node.put("internalAccountingId", s.internalAccountingId());
        ArrayNode lines = node.putArray("lines");
        for (SettlementLine line : s.lines()) {
            ObjectNode item = lines.addObject();
            item.put("invoiceId", line.invoiceId());
            item.put("invoiceNo", line.invoiceNo());
            item.put("accountingInvoiceId", line.accountingInvoiceId());
            item.put("component", line.component());
            item.put("amount", line.amount());
            item.put("ledgerAccount", line.ledgerAccount());
            item.put("vatCode", line.vatCode());
            item.put("bookingDate", WireTime.date(line.bookingDate()));
            item.put("description", line.description());
        }
        return node;
    }
}
