package com.kraviabridge.sim.kravia;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The invoice object and its details form (docs/kravia-contract.md §4). */
final class InvoiceJson {

    private InvoiceJson() {
    }

    static ObjectNode invoice(InvoiceSnapshot s) {
        ObjectNode node = Json.object();
        node.put("id", s.id());
        node.put("invoiceNo", s.invoiceNo());
        node.put("accountingInvoiceId", s.accountingInvoiceId());
        node.put("claimType", s.claimType().wireName());
        node.put("status", s.status().name());
        node.put("creditorId", s.creditorId());
        node.put("originalAmount", s.originalAmount());
        node.put("remainingCapital", s.remainingCapital());
        node.put("currencyCode", s.currencyCode());
        node.put("lastUpdatedTime", WireTime.timestamp(s.lastUpdatedTime()));
        return node;
    }

    static ObjectNode details(InvoiceSnapshot s) {
        ObjectNode node = invoice(s);
        node.put("fees", s.fees());
        node.put("interest", s.interest());
        node.put("closeReason", s.closeReason() == null ? null : s.closeReason().name());
        ArrayNode timeline = node.putArray("timeline");
        for (TimelineEntry entry : s.timeline()) {
            ObjectNode item = timeline.addObject();
            item.put("date", WireTime.date(entry.date()));
            item.put("status", entry.status().name());
            item.put("description", entry.description());
        }
        ArrayNode payments = node.putArray("payments");
        for (PaymentEntry entry : s.payments()) {
            ObjectNode item = payments.addObject();
            item.put("date", WireTime.date(entry.date()));
            item.put("amount", entry.amount());
            item.put("accountingPaymentId", entry.accountingPaymentId());
            item.put("kind", entry.kind().name());
        }
        ObjectNode actions = node.putObject("availableActions");
        actions.put("pause", s.status().pausable());
        actions.put("withdraw", s.status().withdrawable());
        return node;
    }
}
