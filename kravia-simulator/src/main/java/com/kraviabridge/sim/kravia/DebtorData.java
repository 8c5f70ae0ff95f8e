package com.kraviabridge.sim.kravia;

/** The debtor part of a registration, as validated. */
record DebtorData(String name, String debtorNumber, String email, String ssn, String organizationNumber,
                  boolean privateIndividual, PostalAddress address) {
}
