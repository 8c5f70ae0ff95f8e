package com.kraviabridge.core.policy;

import com.kraviabridge.core.domain.Invoice;

import java.util.Set;

/** An invoice can only go to Kravia on behalf of a company that Kravia knows as a creditor. */
public final class CompanyHasCreditor implements EligibilityPolicy {

    private final Set<Long> mappedCompanies;

    public CompanyHasCreditor(Set<Long> mappedCompanies) {
        this.mappedCompanies = Set.copyOf(mappedCompanies);
    }

    @Override
    public Verdict assess(Invoice invoice) {
        if (!mappedCompanies.contains(invoice.companyId())) {
            return Verdict.rejected("company " + invoice.companyId() + " of invoice " + invoice.number()
                    + " has no Kravia creditor (set creditor." + invoice.companyId() + ".id)");
        }
        return Verdict.allowed();
    }
}
