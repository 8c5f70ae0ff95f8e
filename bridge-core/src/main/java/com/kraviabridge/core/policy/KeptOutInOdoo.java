package com.kraviabridge.core.policy;

import com.kraviabridge.core.domain.Invoice;

/**
 * An accountant keeps one invoice out of collection where they work, in Odoo ("Keep out of Kravia"), whatever
 * its customer's tags say; taking the mark off lets it go on the next run.
 */
public final class KeptOutInOdoo implements EligibilityPolicy {

    @Override
    public Verdict assess(Invoice invoice) {
        return invoice.held()
                ? Verdict.keptOut("invoice " + invoice.number() + " is kept out of Kravia in Odoo"
                        + " (\"Keep out of Kravia\" is ticked on the invoice)")
                : Verdict.allowed();
    }
}
