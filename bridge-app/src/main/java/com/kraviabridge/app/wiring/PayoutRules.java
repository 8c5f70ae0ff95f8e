package com.kraviabridge.app.wiring;

import com.kraviabridge.config.BridgeConfig;
import com.kraviabridge.config.CreditorConfig;
import com.kraviabridge.config.PayoutConfig;
import com.kraviabridge.core.policy.PayoutClassifier;
import com.kraviabridge.core.policy.PayoutClassifiers;
import com.kraviabridge.core.policy.PayoutSignals;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The payout keys as the classifiers of each company. */
final class PayoutRules {

    private PayoutRules() {
    }

    static PayoutClassifiers classifiers(BridgeConfig settings) {
        Map<Long, PayoutClassifier> byCompany = new HashMap<>();
        for (CreditorConfig creditor : settings.creditors()) {
            byCompany.put(creditor.odooCompanyId(), new PayoutClassifier(signals(creditor.payouts())));
        }
        return new PayoutClassifiers(new PayoutClassifier(signals(settings.kravia().payouts())), byCompany);
    }

    static PayoutSignals signals(PayoutConfig payouts) {
        return new PayoutSignals(payouts.partnerId().orElse(0), Set.copyOf(payouts.journals()),
                Set.copyOf(payouts.bankAccounts()), payouts.reference().orElse(null));
    }
}
