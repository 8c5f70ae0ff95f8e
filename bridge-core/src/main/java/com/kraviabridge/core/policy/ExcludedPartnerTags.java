package com.kraviabridge.core.policy;

import com.kraviabridge.core.domain.Invoice;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Customers the creditor keeps out of collection (key accounts, disputes) carry a tag in the ERP. */
public final class ExcludedPartnerTags implements EligibilityPolicy {

    private final Set<String> excluded;

    public ExcludedPartnerTags(Set<String> excludedTags) {
        this.excluded = excludedTags.stream().map(ExcludedPartnerTags::fold).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Verdict assess(Invoice invoice) {
        for (String tag : invoice.debtor().tags()) {
            if (excluded.contains(fold(tag))) {
                return Verdict.keptOut("customer '" + CompleteAddress.nameOf(invoice) + "' of invoice " + invoice.number()
                        + " carries the excluded tag '" + tag + "' (collection.excluded-partner-tags)");
            }
        }
        return Verdict.allowed();
    }

    private static String fold(String tag) {
        return tag.trim().toLowerCase(Locale.ROOT);
    }
}
