package com.kraviabridge.core.policy;

import com.kraviabridge.core.domain.Invoice;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * All the rules together. Every rule is asked, so one report lists every problem of an invoice and the
 * administrator fixes them in one go.
 */
public final class Eligibility {

    private final List<EligibilityPolicy> policies;

    public Eligibility(List<EligibilityPolicy> policies) {
        this.policies = List.copyOf(policies);
    }

    public static Eligibility of(CollectionRules rules, Set<Long> mappedCompanies, Clock clock) {
        return new Eligibility(List.of(
                new CompanyHasCreditor(mappedCompanies),
                new KeptOutInOdoo(),
                new OpenResidual(),
                new MinimumDaysOverdue(rules.minimumDaysOverdue(), clock),
                new MinimumAmount(rules.minimumAmount()),
                new AllowedCurrency(rules.currencies()),
                new ExcludedPartnerTags(rules.excludedPartnerTags()),
                new CompleteAddress(),
                new OrganisationNumberForBusiness(),
                new RecordableLengths()));
    }

    /**
     * A person's choice to keep the invoice out wins over every problem: nobody should be asked to fix the address
     * of an invoice that is not to be collected anyway.
     */
    public Verdict assess(Invoice invoice) {
        List<String> reasons = new ArrayList<>();
        List<String> keptOutBecause = new ArrayList<>();
        for (EligibilityPolicy policy : policies) {
            Verdict verdict = policy.assess(invoice);
            (verdict.isKeptOut() ? keptOutBecause : reasons).addAll(verdict.reasons());
        }
        return keptOutBecause.isEmpty() ? new Verdict(reasons) : new Verdict(keptOutBecause, true);
    }
}
