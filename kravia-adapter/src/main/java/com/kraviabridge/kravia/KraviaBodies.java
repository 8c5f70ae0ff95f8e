package com.kraviabridge.kravia;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kraviabridge.core.domain.Address;
import com.kraviabridge.core.domain.CasePart;
import com.kraviabridge.core.domain.Credit;
import com.kraviabridge.core.domain.Debtor;
import com.kraviabridge.core.domain.DirectPayment;
import com.kraviabridge.core.domain.NewCase;

/**
 * The request bodies, with the property names exactly as Kravia's guide spells them (E1-E3 and E6 of
 * docs/kravia-contract.md §3), including its mixed casing. Amounts are written from {@link java.math.BigDecimal} as
 * plain JSON numbers.
 */
final class KraviaBodies {

    private KraviaBodies() {
    }

    /** E1 with {@code claimType: CollectionCase}. */
    static ObjectNode register(NewCase newCase) {
        Debtor debtor = newCase.debtor();
        Address address = debtor.address();
        ObjectNode body = LenientJson.MAPPER.createObjectNode();
        body.put("claimType", KraviaContract.CLAIM_TYPE_COLLECTION_CASE);
        body.put("creditorId", newCase.creditorId());
        body.put("accountingInvoiceId", newCase.accountingInvoiceId());
        body.put("debtorName", debtor.name());
        body.put("debtorNumber", debtor.customerNumber());
        body.put("email", debtor.email());
        // The ERP gives us no personal identity number, and Kravia does not need one to open a case.
        body.putNull("ssn");
        body.put("organizationNumber", debtor.business() ? debtor.organisationNumber() : null);
        // A real boolean: the guide's example sends "true" as a string, which only a lenient server accepts.
        body.put("isPrivateIndividual", !debtor.business());
        ObjectNode postal = body.putObject("postalAddress");
        postal.put("addressAddressLine1", address.street());
        postal.put("addressPostalCode", address.postalCode());
        postal.put("addressCity", address.city());
        postal.put("addressCountryCode", address.countryCode());
        body.put("invoiceNo", newCase.invoiceNumber());
        body.put("invoiceDate", KraviaTime.date(newCase.invoiceDate()));
        body.put("dueDate", KraviaTime.date(newCase.dueDate()));
        body.put("originalAmount", newCase.amount().amount());
        body.put("currencyCode", newCase.amount().currency());
        body.put("description", newCase.description());
        return body;
    }

    /** E2: the guide's own mix of camelCase and {@code AccountingPaymentId}; all amounts positive. */
    static ObjectNode payment(DirectPayment payment) {
        ObjectNode body = LenientJson.MAPPER.createObjectNode();
        body.put("date", KraviaTime.date(payment.date()));
        body.put("description", payment.description());
        body.put("AccountingPaymentId", payment.accountingPaymentId());
        body.put("amount", payment.total().amount());
        ArrayNode invoices = body.putArray("invoices");
        for (CasePart part : payment.parts()) {
            ObjectNode invoice = invoices.addObject();
            invoice.put("invoiceId", part.kraviaInvoiceId());
            invoice.put("amount", part.amount().amount());
        }
        return body;
    }

    /**
     * E3: PascalCase as in the guide, the date at midnight, and every amount NEGATIVE; the domain's credit
     * amounts are positive, so the sign is applied here and only here.
     */
    static ObjectNode creditNote(Credit credit) {
        ObjectNode body = LenientJson.MAPPER.createObjectNode();
        body.put("Date", KraviaTime.midnight(credit.date()));
        body.put("Amount", credit.total().amount().abs().negate());
        body.put("AccountingPaymentId", credit.accountingPaymentId());
        body.put("Description", credit.description());
        ArrayNode invoices = body.putArray("Invoices");
        for (CasePart part : credit.parts()) {
            ObjectNode invoice = invoices.addObject();
            invoice.put("InvoiceId", part.kraviaInvoiceId());
            invoice.put("Amount", part.amount().amount().abs().negate());
        }
        return body;
    }

    /** E6; a null url or secret is left out rather than sent as null, which Kravia might take as "clear it". */
    static ObjectNode webhook(String url, String secret, boolean enabled) {
        ObjectNode body = LenientJson.MAPPER.createObjectNode();
        if (url != null) {
            body.put("url", url);
        }
        if (secret != null) {
            body.put("secret", secret);
        }
        body.put("enabled", enabled);
        return body;
    }
}
