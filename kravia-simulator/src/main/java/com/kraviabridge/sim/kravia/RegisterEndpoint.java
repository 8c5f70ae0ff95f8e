package com.kraviabridge.sim.kravia;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code POST invoice/register} (E1): validates the documented minimum data for a collection case (and accepts
 * {@code Invoice}/{@code CreditNote} documents with the same body) and answers 200 with the invoice object
 * (docs/kravia-contract.md §4). The creditor is checked first, so a token for another creditor learns nothing about the
 * body (403). Registrations are not de-duplicated: Kravia documents no idempotency for {@code accountingInvoiceId}.
 */
final class RegisterEndpoint implements Endpoint {

    private final SimCore core;

    RegisterEndpoint(SimCore core) {
        this.core = core;
    }

    @Override
    public ApiResponse handle(Call call) {
        FieldErrors errors = new FieldErrors();
        JsonBody body = JsonBody.parse(call.request().body(), errors);
        Long creditorId = body.id("creditorId", true);
        if (creditorId != null) {
            call.access().require(creditorId);
        }
        ClaimType claimType = claimType(body, errors);
        DebtorData debtor = debtor(body, errors);
        String invoiceNo = body.text("invoiceNo", true);
        LocalDate invoiceDate = body.date("invoiceDate", true);
        LocalDate dueDate = body.date("dueDate", true);
        if (invoiceDate != null && dueDate != null && dueDate.isBefore(invoiceDate)) {
            errors.add("dueDate", "The dueDate must not be before the invoiceDate.");
        }
        BigDecimal originalAmount = body.amount("originalAmount", true);
        if (originalAmount != null) {
            Amounts.requirePositive("originalAmount", originalAmount, errors);
        }
        String currencyCode = body.text("currencyCode", true);
        if (currencyCode != null && !currencyCode.matches("[A-Za-z]{3}")) {
            errors.add("currencyCode", "The currencyCode must be an ISO 4217 code such as NOK.");
        }
        String accountingInvoiceId = body.text("accountingInvoiceId", false);
        String description = body.text("description", false);
        errors.throwIfAny();

        Registration registration = new Registration(claimType, creditorId, accountingInvoiceId, debtor, invoiceNo,
                invoiceDate, dueDate, Money.of(originalAmount), currencyCode.toUpperCase(Locale.ROOT), description);
        return ApiResponse.ok(InvoiceJson.invoice(core.register(registration)));
    }

    private static ClaimType claimType(JsonBody body, FieldErrors errors) {
        String text = body.text("claimType", true);
        if (text == null) {
            return null;
        }
        Optional<ClaimType> type = ClaimType.fromWire(text);
        if (type.isEmpty()) {
            errors.add("claimType", "The claimType must be CollectionCase, Invoice or CreditNote.");
        }
        return type.orElse(null);
    }

    private static DebtorData debtor(JsonBody body, FieldErrors errors) {
        String name = body.text("debtorName", true);
        String number = body.text("debtorNumber", false);
        String email = body.text("email", false);
        String ssn = body.text("ssn", false);
        String organizationNumber = body.text("organizationNumber", false);
        Boolean privateIndividual = body.flag("isPrivateIndividual", true);
        if (Boolean.FALSE.equals(privateIndividual) && organizationNumber == null) {
            errors.add("organizationNumber",
                    "The organizationNumber field is required for a business debtor (isPrivateIndividual false).");
        }
        PostalAddress address = body.object("postalAddress", true).map(a -> address(a, errors)).orElse(null);
        return new DebtorData(name, number, email, ssn, organizationNumber, Boolean.TRUE.equals(privateIndividual),
                address);
    }

    private static PostalAddress address(JsonBody address, FieldErrors errors) {
        String line1 = address.text("addressAddressLine1", true);
        String postalCode = address.text("addressPostalCode", true);
        String city = address.text("addressCity", true);
        String country = address.text("addressCountryCode", true);
        if (country != null && !country.matches("[A-Za-z]{2}")) {
            errors.add(address.pathOf("addressCountryCode"), "The addressCountryCode must be a two-letter ISO code.");
        }
        return new PostalAddress(line1, postalCode, city, country == null ? null : country.toUpperCase(Locale.ROOT));
    }
}
