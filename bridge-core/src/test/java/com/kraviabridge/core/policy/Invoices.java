package com.kraviabridge.core.policy;

import com.kraviabridge.core.domain.Address;
import com.kraviabridge.core.domain.Debtor;
import com.kraviabridge.core.domain.Invoice;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.domain.PaymentState;

import java.time.LocalDate;
import java.util.Set;

/** A well-formed overdue invoice of a Norwegian business customer, to be spoilt one field at a time. */
final class Invoices {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private Invoices() {
    }

    static Debtor business() {
        return new Debtor(7, "C-0042", "Fjordbakeri AS", true, "912345678",
                new Address("Bryggen 3", "5003", "Bergen", "NO"), "post@fjordbakeri.example", Set.of());
    }

    static Invoice dueDaysAgo(int days) {
        return invoice(TODAY.minusDays(days), Money.of("1250.00", "NOK"), PaymentState.NOT_PAID, business());
    }

    static Invoice invoice(LocalDate due, Money residual, PaymentState state, Debtor debtor) {
        return new Invoice(4711, "INV/2026/00042", 1, due.minusDays(14), due, Money.of("1250.00", residual.currency()),
                residual, state, debtor);
    }

    static Invoice withDebtor(Debtor debtor) {
        return invoice(TODAY.minusDays(30), Money.of("1250.00", "NOK"), PaymentState.NOT_PAID, debtor);
    }
}
