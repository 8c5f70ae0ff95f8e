package com.kraviabridge.core.policy;

import com.kraviabridge.core.domain.Invoice;

/** Kravia refuses a business debtor without its organisation number. */
public final class OrganisationNumberForBusiness implements EligibilityPolicy {

    @Override
    public Verdict assess(Invoice invoice) {
        if (invoice.debtor().business() && CompleteAddress.blank(invoice.debtor().organisationNumber())) {
            return Verdict.rejected("business customer '" + CompleteAddress.nameOf(invoice) + "' of invoice "
                    + invoice.number() + " has no organisation number (company registry or VAT number in Odoo)");
        }
        return Verdict.allowed();
    }
}
