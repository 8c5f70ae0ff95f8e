package com.kraviabridge.kravia;

import com.kraviabridge.core.domain.Address;
import com.kraviabridge.core.domain.CasePart;
import com.kraviabridge.core.domain.Credit;
import com.kraviabridge.core.domain.Debtor;
import com.kraviabridge.core.domain.DirectPayment;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.domain.NewCase;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Business examples shared by the tests: Kravia's own from its guide where it has one. */
public final class Cases {

    private Cases() {
    }

    public static Debtor fjordbakeri() {
        return new Debtor(42, "C-0042", "Fjordbakeri AS", true, "912345678",
                new Address("Bryggen 3", "5003", "Bergen", "NO"), "post@fjordbakeri.example", Set.of());
    }

    public static Debtor privatePerson() {
        return new Debtor(43, "C-0043", "Kari Nordmann", false, null,
                new Address("Storgata 1", "0155", "Oslo", "NO"), "kari@example.no", Set.of());
    }

    public static NewCase overdueInvoice(long creditorId, String reference, String amount) {
        return new NewCase(creditorId, reference, "INV-" + reference, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 15),
                Money.of(amount, "NOK"), fjordbakeri(), "Overdue invoice " + reference);
    }

    public static DirectPayment payment(String reference, long caseId, String amount) {
        return new DirectPayment(reference, LocalDate.of(2025, 4, 2), Money.of(amount, "NOK"),
                List.of(new CasePart(caseId, Money.of(amount, "NOK"))), "Paid directly to creditor");
    }

    public static Credit credit(String reference, long caseId, String amount) {
        return new Credit(reference, LocalDate.of(2025, 4, 10), Money.of(amount, "NOK"),
                List.of(new CasePart(caseId, Money.of(amount, "NOK"))), "Partial credit, damaged goods");
    }
}
