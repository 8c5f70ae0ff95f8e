package com.kraviabridge.kravia;

import com.fasterxml.jackson.databind.JsonNode;
import com.kraviabridge.core.domain.CaseDetails;
import com.kraviabridge.core.domain.CaseSnapshot;
import com.kraviabridge.core.domain.CaseStatus;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.domain.RegisteredCase;
import com.kraviabridge.core.domain.Settlement;
import com.kraviabridge.core.domain.SettlementLine;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The shapes of Kravia's answers. Kravia documents none of them, so every shape here is the project's
 * contract (docs/kravia-contract.md §4) and is read leniently: names in any casing, unknown members ignored, {@code id}
 * falling back to {@code invoiceId}, list answers wrapped in {@code data} (or the legacy {@code value}) or bare,
 * unknown status values kept as text.
 */
final class KraviaAnswers {

    /** An answer that came with a 2xx status but cannot be understood. */
    static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message);
        }
    }

    /** The error body of a non-2xx answer: {@code {"message", "errors": {field: [..]}}} or plain text. */
    record ErrorBody(String message, Map<String, List<String>> fieldErrors) {
    }

    private KraviaAnswers() {
    }

    /** The created invoice object (E1, docs/kravia-contract.md §4). */
    static RegisteredCase registeredCase(JsonNode answer, String ourReference) {
        JsonNode invoice = unwrap(answer);
        Long id = invoiceId(invoice);
        if (id == null) {
            throw new Unreadable("the answer carries no id nor invoiceId");
        }
        String reference = LenientJson.text(invoice, "accountingInvoiceId");
        String status = LenientJson.text(invoice, "status");
        return new RegisteredCase(id, reference == null ? ourReference : reference,
                new CaseStatus(status == null ? KraviaContract.STATUS_WHEN_REGISTERED : status),
                money(invoice, "remainingCapital", null), lastUpdated(invoice));
    }

    /**
     * The items of a list answer: a search page ({@code {"data": [...], "totalCount"}}, docs/kravia-contract.md §4) or
     * a bare array.
     */
    static List<JsonNode> listItems(JsonNode answer) {
        JsonNode list = answer;
        if (answer != null && answer.isObject()) {
            list = LenientJson.field(answer, "data");
            if (list == null) {
                list = LenientJson.field(answer, "value");
            }
        }
        if (list == null || !list.isArray()) {
            throw new Unreadable("the answer is neither a list nor an object with a data list");
        }
        List<JsonNode> items = new ArrayList<>();
        list.forEach(items::add);
        return items;
    }

    /** The search answer's {@code totalCount}: how many cases match from the bound on; null when not given. */
    static Long totalCount(JsonNode answer) {
        return answer != null && answer.isObject() ? LenientJson.wholeNumber(answer, "totalCount") : null;
    }

    /** One invoice object as a snapshot; the creditor is the one asked for when the object names none. */
    static CaseSnapshot snapshot(JsonNode invoice, long askedCreditorId) {
        Long id = invoiceId(invoice);
        if (id == null) {
            throw new Unreadable("an invoice object carries no id nor invoiceId");
        }
        Long creditorId = LenientJson.wholeNumber(invoice, "creditorId");
        String status = LenientJson.text(invoice, "status");
        return new CaseSnapshot(id, creditorId == null ? askedCreditorId : creditorId,
                LenientJson.text(invoice, "accountingInvoiceId"), LenientJson.text(invoice, "invoiceNo"),
                new CaseStatus(status == null ? KraviaContract.STATUS_WHEN_MISSING : status),
                money(invoice, "remainingCapital", null), lastUpdated(invoice));
    }

    /**
     * Details (docs/kravia-contract.md §4): the invoice object (its originalAmount too) plus fees, interest, closeReason,
     * timeline and payments.
     */
    static CaseDetails details(JsonNode answer, long askedCreditorId) {
        JsonNode invoice = unwrap(answer);
        CaseSnapshot snapshot = snapshot(invoice, askedCreditorId);
        String currency = LenientJson.text(invoice, "currencyCode");
        List<CaseDetails.TimelineEntry> timeline = new ArrayList<>();
        for (JsonNode entry : array(invoice, "timeline")) {
            timeline.add(new CaseDetails.TimelineEntry(KraviaTime.parseDate(LenientJson.text(entry, "date")),
                    LenientJson.text(entry, "status"), LenientJson.text(entry, "description")));
        }
        List<CaseDetails.RecordedPayment> payments = new ArrayList<>();
        for (JsonNode payment : array(invoice, "payments")) {
            payments.add(new CaseDetails.RecordedPayment(KraviaTime.parseDate(LenientJson.text(payment, "date")),
                    money(payment, "amount", currency), LenientJson.text(payment, "accountingPaymentId"),
                    LenientJson.text(payment, "kind")));
        }
        return new CaseDetails(snapshot, money(invoice, "fees", currency), money(invoice, "interest", currency),
                LenientJson.text(invoice, "closeReason"), timeline, payments, money(invoice, "originalAmount", currency));
    }

    /**
     * Settlements (docs/kravia-contract.md §4): a JSON array (a {@code data} wrapper is tolerated) of settlement
     * objects.
     */
    static List<Settlement> settlements(JsonNode answer, long askedCreditorId) {
        List<Settlement> settlements = new ArrayList<>();
        for (JsonNode item : listItems(answer)) {
            settlements.add(settlement(item, askedCreditorId));
        }
        return settlements;
    }

    static Settlement settlement(JsonNode item, long askedCreditorId) {
        String id = LenientJson.text(item, "id");
        if (id == null) {
            id = LenientJson.text(item, "settlementId");
        }
        if (id == null) {
            throw new Unreadable("a settlement carries no id");
        }
        Long creditorId = LenientJson.wholeNumber(item, "creditorId");
        String currency = LenientJson.text(item, "currencyCode");
        List<SettlementLine> lines = new ArrayList<>();
        for (JsonNode line : array(item, "lines")) {
            lines.add(new SettlementLine(LenientJson.wholeNumber(line, "invoiceId"), LenientJson.text(line, "invoiceNo"),
                    LenientJson.text(line, "accountingInvoiceId"), LenientJson.text(line, "component"),
                    money(line, "amount", currency), LenientJson.text(line, "ledgerAccount"),
                    LenientJson.text(line, "vatCode"), KraviaTime.parseDate(LenientJson.text(line, "bookingDate")),
                    LenientJson.text(line, "description")));
        }
        Money amount = money(item, "amount", currency);
        if (amount == null) {
            throw new Unreadable("settlement " + id + " carries no amount");
        }
        return new Settlement(id, creditorId == null ? askedCreditorId : creditorId,
                KraviaTime.parseDate(LenientJson.text(item, "date")), amount, lines);
    }

    /** True when a settlement object says it is already bookkept (the list should not hold it, but may). */
    static boolean isClosed(JsonNode settlement) {
        return LenientJson.flag(settlement, "closed", false);
    }

    /** The error body (docs/kravia-contract.md §4); anything that is not such an object is taken as plain text. */
    static ErrorBody errorBody(String body) {
        if (body == null || body.isBlank()) {
            return new ErrorBody(null, Map.of());
        }
        JsonNode tree;
        try {
            tree = LenientJson.MAPPER.readTree(body);
        } catch (java.io.IOException notJson) {
            return new ErrorBody(body.strip(), Map.of());
        }
        if (tree == null || !tree.isObject()) {
            return new ErrorBody(tree != null && tree.isTextual() ? tree.asText() : body.strip(), Map.of());
        }
        String message = LenientJson.text(tree, "message");
        if (message == null) {
            message = LenientJson.text(tree, "title"); // ASP.NET's default problem-details body
        }
        Map<String, List<String>> fieldErrors = new LinkedHashMap<>();
        JsonNode errors = LenientJson.field(tree, "errors");
        if (errors != null && errors.isObject()) {
            for (Map.Entry<String, JsonNode> field : errors.properties()) {
                List<String> texts = new ArrayList<>();
                if (field.getValue().isArray()) {
                    field.getValue().forEach(text -> texts.add(text.asText()));
                } else {
                    texts.add(field.getValue().asText());
                }
                fieldErrors.put(field.getKey(), texts);
            }
        }
        return new ErrorBody(message, fieldErrors);
    }

    private static JsonNode unwrap(JsonNode answer) {
        if (answer == null || !answer.isObject()) {
            throw new Unreadable("the answer is not a JSON object");
        }
        JsonNode legacy = LenientJson.field(answer, "value");
        return invoiceId(answer) == null && legacy != null && legacy.isObject() ? legacy : answer;
    }

    private static Long invoiceId(JsonNode invoice) {
        return LenientJson.firstWholeNumber(invoice, "id", "invoiceId");
    }

    private static LocalDateTime lastUpdated(JsonNode invoice) {
        String text = LenientJson.text(invoice, "lastUpdatedTime");
        try {
            return KraviaTime.parseTimestamp(text);
        } catch (DateTimeParseException e) {
            throw new Unreadable("lastUpdatedTime '" + text + "' is not a timestamp");
        }
    }

    private static Money money(JsonNode object, String name, String fallbackCurrency) {
        BigDecimal amount = LenientJson.decimal(object, name);
        if (amount == null) {
            return null;
        }
        String currency = LenientJson.text(object, "currencyCode");
        if (currency == null) {
            currency = fallbackCurrency == null ? KraviaContract.CURRENCY_WHEN_MISSING : fallbackCurrency;
        }
        return Money.of(amount, currency.toUpperCase(Locale.ROOT));
    }

    private static Iterable<JsonNode> array(JsonNode object, String name) {
        JsonNode value = LenientJson.field(object, name);
        return value != null && value.isArray() ? value : List.of();
    }
}
