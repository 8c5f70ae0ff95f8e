package com.kraviabridge.core.usecase.invoices;

import com.kraviabridge.core.domain.Address;
import com.kraviabridge.core.domain.CasePart;
import com.kraviabridge.core.domain.Debtor;
import com.kraviabridge.core.domain.DirectPayment;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.domain.NewCase;
import com.kraviabridge.core.write.CanonicalForm;
import com.kraviabridge.core.write.RemoteWrites;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalFormTest {

    @Test
    void aDebtorsTagsGivenInAnotherOrderGiveTheSameFingerprint() {
        List<String> pair = tagsWhoseSetOrderDependsOnInsertion();
        NewCase one = newCase(List.of(pair.get(0), pair.get(1)));
        NewCase other = newCase(List.of(pair.get(1), pair.get(0)));
        // the sets iterate differently in this very JVM, as they may in two JVMs whatever the order given
        assertThat(List.copyOf(one.debtor().tags())).isNotEqualTo(List.copyOf(other.debtor().tags()));

        assertThat(InvoiceRegistrations.payloadOf(one)).isEqualTo(InvoiceRegistrations.payloadOf(other));
        assertThat(RemoteWrites.hash(InvoiceRegistrations.payloadOf(one)))
                .isEqualTo(RemoteWrites.hash(InvoiceRegistrations.payloadOf(other)));
    }

    @Test
    void theEncodingOfARegistrationIsStable() {
        NewCase newCase = newCase(List.of("vip", "b2b \"gold\""));
        assertThat(InvoiceRegistrations.payloadOf(newCase)).isEqualTo("{"
                + "\"accountingInvoiceId\":\"4711\","
                + "\"amount\":{\"amount\":12500.00,\"currency\":\"NOK\"},"
                + "\"creditorId\":501,"
                + "\"debtor\":{\"address\":{\"city\":\"Bergen\",\"countryCode\":\"NO\",\"postalCode\":\"5003\","
                + "\"street\":\"Bryggen 3\"},\"business\":true,\"customerNumber\":\"ODOO-7\","
                + "\"email\":null,\"name\":\"Fjordbakeri AS\",\"organisationNumber\":\"912345678\",\"partnerId\":7,"
                + "\"tags\":[\"b2b \\\"gold\\\"\",\"vip\"]},"
                + "\"description\":\"Overdue invoice INV/2026/0001\","
                + "\"dueDate\":\"2026-10-15\","
                + "\"invoiceDate\":\"2026-09-15\","
                + "\"invoiceNumber\":\"INV/2026/0001\"}");
    }

    @Test
    void decimalsAreWrittenPlainlyAndListsKeepTheirOrder() {
        DirectPayment payment = new DirectPayment("odoo-payment-9-12", LocalDate.of(2026, 11, 2),
                Money.of(new BigDecimal("1.5E+3"), "NOK"),
                List.of(new CasePart(2, Money.of("1000", "NOK")), new CasePart(1, Money.of("500", "NOK"))),
                "Paid directly");
        String text = CanonicalForm.of(payment);
        assertThat(text).doesNotContain("E+").contains("\"parts\":[{\"amount\":{\"amount\":1000");
        assertThat(text.indexOf("\"kraviaInvoiceId\":2")).isLessThan(text.indexOf("\"kraviaInvoiceId\":1"));
        assertThat(CanonicalForm.of(Set.of("b", "a", "c"))).isEqualTo("[\"a\",\"b\",\"c\"]");
    }

    private static NewCase newCase(List<String> tags) {
        Debtor debtor = new Debtor(7, "ODOO-7", "Fjordbakeri AS", true, "912345678",
                new Address("Bryggen 3", "5003", "Bergen", "NO"), null, new java.util.LinkedHashSet<>(tags));
        return new NewCase(501, "4711", "INV/2026/0001", LocalDate.of(2026, 9, 15), LocalDate.of(2026, 10, 15),
                Money.of("12500.00", "NOK"), debtor, "Overdue invoice INV/2026/0001");
    }

    /**
     * Two tag names that collide in an immutable set's table in this JVM, so that the set's iteration order is the
     * order they were given in: the order that differs from one JVM to the next for any pair.
     */
    private static List<String> tagsWhoseSetOrderDependsOnInsertion() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            names.add("tag-" + i);
        }
        for (String a : names) {
            for (String b : names) {
                if (!a.equals(b) && !List.copyOf(Set.copyOf(List.of(a, b)))
                        .equals(List.copyOf(Set.copyOf(List.of(b, a))))) {
                    return List.of(a, b);
                }
            }
        }
        throw new AssertionError("no pair of tags collides; the test cannot show the order dependence");
    }
}
