package com.kraviabridge.core.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Money the debtor paid straight to the creditor after the hand-over. One ERP payment spread over
 * several forwarded invoices becomes one direct payment with a part per case.
 *
 * @param accountingPaymentId our reference, so Kravia (and we) can match it later
 */
public record DirectPayment(String accountingPaymentId, LocalDate date, Money total, List<CasePart> parts,
                            String description) {

    public DirectPayment {
        parts = List.copyOf(parts);
    }
}
