package com.kraviabridge.core.domain;

import java.util.Objects;
import java.util.Set;

/**
 * The customer who owes the money, as read from the ERP's commercial partner.
 *
 * @param partnerId          the ERP's id of the commercial partner
 * @param customerNumber     stable per customer; Kravia reuses its debtor card by this number
 * @param business           true for a company (B2B), false for a private person
 * @param organisationNumber required by Kravia for B2B debtors
 * @param tags               the partner's tag names, used by the exclusion policy
 */
public record Debtor(long partnerId, String customerNumber, String name, boolean business,
                     String organisationNumber, Address address, String email, Set<String> tags) {

    public Debtor {
        Objects.requireNonNull(customerNumber, "customerNumber");
        address = address == null ? Address.EMPTY : address;
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }

    /** The customer number Kravia sees when the ERP has no reference of its own. */
    public static String defaultCustomerNumber(long partnerId) {
        return "ODOO-" + partnerId;
    }
}
