package com.kraviabridge.erp.odoo.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Journal entries made by hand through the API, as an accountant would (write-offs, drafts). */
final class ManualEntries {

    private final AdminRpc admin;

    ManualEntries(AdminRpc admin) {
        this.admin = admin;
    }

    /** A posted entry moving {@code amount} from the invoice's receivable to {@code accountId}, reconciled. */
    long writeOff(long invoiceId, String amount, String ref, long journalId, long accountId, LocalDate date) {
        Map<String, Object> invoice = admin.readOne("account.move", invoiceId, List.of("commercial_partner_id"));
        long partner = AdminRpc.idOf(invoice.get("commercial_partner_id"));
        Map<String, Object> receivable = receivableLine(invoiceId);
        long receivableAccount = AdminRpc.idOf(receivable.get("account_id"));
        long moveId = admin.create("account.move", entry(ref, journalId, date, List.of(
                line(accountId, 0, "Write-off", new BigDecimal(amount)),
                line(receivableAccount, partner, "Write-off", new BigDecimal(amount).negate()))));
        admin.call("account.move", "action_post", List.of(List.of(moveId)), Map.of());
        long entryLine = ((Number) admin.searchRead("account.move.line", List.of(List.of("move_id", "=", moveId),
                List.of("account_id", "=", receivableAccount)), List.of("id")).get(0).get("id")).longValue();
        admin.call("account.move.line", "reconcile", List.of(List.of(entryLine,
                ((Number) receivable.get("id")).longValue())), Map.of());
        return moveId;
    }

    /** A draft entry with the given lines: {accountId, partnerId, amount (debit positive)}. */
    long draft(String ref, long journalId, LocalDate date, List<Map<String, Object>> lines) {
        return admin.create("account.move", entry(ref, journalId, date, lines));
    }

    Map<String, Object> receivableLine(long invoiceId) {
        return admin.searchRead("account.move.line", List.of(List.of("move_id", "=", invoiceId),
                List.of("account_id.account_type", "=", "asset_receivable")), List.of("account_id", "reconciled")).get(0);
    }

    static Map<String, Object> line(long accountId, long partnerId, String label, BigDecimal amount) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("account_id", accountId);
        if (partnerId != 0) {
            line.put("partner_id", partnerId);
        }
        line.put("name", label);
        line.put("debit", amount.signum() > 0 ? amount : BigDecimal.ZERO);
        line.put("credit", amount.signum() < 0 ? amount.negate() : BigDecimal.ZERO);
        return line;
    }

    private static Map<String, Object> entry(String ref, long journalId, LocalDate date, List<Map<String, Object>> lines) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("move_type", "entry");
        values.put("journal_id", journalId);
        values.put("date", date.toString());
        values.put("ref", ref);
        values.put("line_ids", lines.stream().map(l -> (Object) List.of(0, 0, l)).toList());
        return values;
    }
}
