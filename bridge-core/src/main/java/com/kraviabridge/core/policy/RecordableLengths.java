package com.kraviabridge.core.policy;

import com.kraviabridge.core.domain.BoundedText;
import com.kraviabridge.core.domain.Invoice;

import java.util.ArrayList;
import java.util.List;

/**
 * What the bridge keeps beside a case must fit its records whole, or a case could exist in Kravia that the bridge
 * cannot record (and so never follows up). Odoo bounds neither text and Kravia documents no limit for them, so
 * these limits are the bridge's own, and the store's columns are sized for them. An invoice over a limit is kept
 * back with the field named before anything is recorded or sent; the others go on.
 */
public final class RecordableLengths implements EligibilityPolicy {

    /** The invoice number (the invoice's name in Odoo), sent to Kravia as {@code invoiceNo}. */
    public static final int INVOICE_NUMBER = 100;
    /** The customer number (the partner's Reference in Odoo), sent to Kravia as {@code debtorNumber}. */
    public static final int CUSTOMER_NUMBER = 100;
    /** How much of an over-long invoice number a reason shows. */
    private static final int SHOWN = 40;

    @Override
    public Verdict assess(Invoice invoice) {
        List<String> tooLong = new ArrayList<>();
        check(tooLong, "invoice number", invoice.number(), INVOICE_NUMBER);
        check(tooLong, "customer reference (sent as the debtor number)", invoice.debtor().customerNumber(),
                CUSTOMER_NUMBER);
        if (tooLong.isEmpty()) {
            return Verdict.allowed();
        }
        return Verdict.rejected("invoice " + BoundedText.shortened(invoice.number(), SHOWN) + ": "
                + String.join("; ", tooLong) + " (shorten it in Odoo; it is retried on the next run)");
    }

    private static void check(List<String> tooLong, String field, String value, int max) {
        int length = BoundedText.length(value);
        if (length > max) {
            tooLong.add(field + " is " + length + " characters, the bridge records at most " + max);
        }
    }
}
