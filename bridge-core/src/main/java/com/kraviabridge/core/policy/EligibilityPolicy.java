package com.kraviabridge.core.policy;

import com.kraviabridge.core.domain.Invoice;

/** One rule an invoice must pass before it is handed to Kravia. */
@FunctionalInterface
public interface EligibilityPolicy {

    Verdict assess(Invoice invoice);
}
