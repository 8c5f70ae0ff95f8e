package com.kraviabridge.core.domain;

/** A debtor's postal address as Kravia needs it on the collection notice. Parts may be missing in the ERP. */
public record Address(String street, String postalCode, String city, String countryCode) {

    public static final Address EMPTY = new Address(null, null, null, null);
}
