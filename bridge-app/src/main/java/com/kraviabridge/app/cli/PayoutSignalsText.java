package com.kraviabridge.app.cli;

import com.kraviabridge.config.PayoutConfig;

import java.util.ArrayList;
import java.util.List;

/** What tells a company's Kravia payouts from its customers' payments, in words for {@code bridge doctor}. */
final class PayoutSignalsText {

    private PayoutSignalsText() {
    }

    static String of(PayoutConfig payouts) {
        List<String> signals = new ArrayList<>();
        payouts.partnerId().ifPresent(id -> signals.add("partner #" + id));
        if (!payouts.journals().isEmpty()) {
            signals.add("journals " + String.join(", ", payouts.journals()) + " (found)");
        }
        if (!payouts.bankAccounts().isEmpty()) {
            signals.add("bank accounts " + String.join(", ", payouts.bankAccounts()));
        }
        payouts.reference().ifPresent(p -> signals.add("payer or memo matching '" + p.pattern() + "'"));
        signals.add("Kravia's record of each case");
        return "recognised by " + String.join(", ", signals)
                + (signals.size() == 1 ? " only (no payout key set: payments in KID mode are told apart by amount and"
                + " date alone)" : "");
    }
}
