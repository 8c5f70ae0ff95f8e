package com.kraviabridge.core.domain;

/**
 * An ERP company with what Kravia's creditor onboarding asks for.
 */
public record CompanyProfile(long companyId, String name, String organisationNumber, Address address, String email,
                             String bankAccount, String currency) {
}
