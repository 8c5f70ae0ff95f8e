package com.kraviabridge.sim.kravia;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST invoice/payment} (E2, positive amounts) and {@code POST invoice/creditnote} (E3, negative amounts).
 * Every part must name an existing case (404) of a creditor the token acts for (403), and the parts must add up
 * to {@code amount}. Over-capital parts and parts on closed cases are accepted and ignored (200,
 * docs/kravia-contract.md §9); the answer tells what was applied. Postings are not de-duplicated by
 * {@code accountingPaymentId} (undocumented; docs/kravia-contract.md §6).
 */
final class MoneyEndpoint implements Endpoint {

    private final SimCore core;
    private final PaymentKind kind;

    MoneyEndpoint(SimCore core, PaymentKind kind) {
        this.core = core;
        this.kind = kind;
    }

    @Override
    public ApiResponse handle(Call call) {
        FieldErrors errors = new FieldErrors();
        JsonBody body = JsonBody.parse(call.request().body(), errors);
        LocalDate date = body.date("date", true);
        BigDecimal amount = body.amount("amount", true);
        if (amount != null) {
            checkSign("amount", amount, errors);
        }
        String accountingPaymentId = body.text("accountingPaymentId", false);
        body.text("description", false);
        List<MoneyPosting.Part> parts = new ArrayList<>();
        BigDecimal sum = Money.ZERO;
        boolean partsValid = true;
        for (JsonBody item : body.array("invoices", true)) {
            Long invoiceId = item.id("invoiceId", true);
            BigDecimal partAmount = item.amount("amount", true);
            if (invoiceId == null || partAmount == null) {
                partsValid = false;
                continue;
            }
            checkSign(item.pathOf("amount"), partAmount, errors);
            parts.add(new MoneyPosting.Part(invoiceId, Money.of(partAmount)));
            sum = sum.add(partAmount);
        }
        if (amount != null && partsValid && !parts.isEmpty() && sum.compareTo(amount) != 0) {
            errors.add("amount", "The amount (" + amount.toPlainString() + ") must equal the sum of invoices[].amount ("
                    + sum.toPlainString() + ").");
        }
        errors.throwIfAny();

        List<PostingResult> results = core.post(new MoneyPosting(kind, date, accountingPaymentId, parts), call.access());
        return ApiResponse.ok(answer(accountingPaymentId, results));
    }

    private void checkSign(String field, BigDecimal amount, FieldErrors errors) {
        if (kind == PaymentKind.DIRECT) {
            Amounts.requirePositive(field, amount, errors);
        } else {
            Amounts.requireNegative(field, amount, errors);
        }
    }

    private static ObjectNode answer(String accountingPaymentId, List<PostingResult> results) {
        ObjectNode node = Json.object();
        node.put("accountingPaymentId", accountingPaymentId);
        ArrayNode invoices = node.putArray("invoices");
        for (PostingResult result : results) {
            ObjectNode item = invoices.addObject();
            item.put("invoiceId", result.after().id());
            item.put("amount", result.posted());
            item.put("applied", result.applied());
            item.put("ignored", result.ignored());
            item.put("remainingCapital", result.after().remainingCapital());
            item.put("status", result.after().status().name());
        }
        return node;
    }
}
