package com.kraviabridge.sim.kravia;

/**
 * A debtor card as it stands. Kravia reuses one card per creditor and {@code debtorNumber} (E1); the card keeps
 * the data of the latest registration that named it.
 */
public record DebtorSnapshot(long id, long creditorId, String debtorNumber, String name, boolean privateIndividual,
                             String organizationNumber, String ssn, String email, PostalAddress address) {
}
