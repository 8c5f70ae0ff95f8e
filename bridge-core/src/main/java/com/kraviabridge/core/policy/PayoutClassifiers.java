package com.kraviabridge.core.policy;

import java.util.Map;

/** The payout classifier of each company: its own signals where it has them, the common ones otherwise. */
public final class PayoutClassifiers {

    private final PayoutClassifier common;
    private final Map<Long, PayoutClassifier> byCompany;

    public PayoutClassifiers(PayoutClassifier common, Map<Long, PayoutClassifier> byCompany) {
        this.common = common;
        this.byCompany = Map.copyOf(byCompany);
    }

    /** One classifier for every company. */
    public static PayoutClassifiers common(PayoutClassifier classifier) {
        return new PayoutClassifiers(classifier, Map.of());
    }

    public PayoutClassifier forCompany(long companyId) {
        return byCompany.getOrDefault(companyId, common);
    }
}
