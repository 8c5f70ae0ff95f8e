package com.kraviabridge.sim.kravia;

/** The debtor's postal address with the documented key names (E1 {@code postalAddress}). */
public record PostalAddress(String addressLine1, String postalCode, String city, String countryCode) {
}
