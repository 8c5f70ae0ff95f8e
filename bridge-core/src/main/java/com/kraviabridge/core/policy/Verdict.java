package com.kraviabridge.core.policy;

import java.util.List;

/**
 * The outcome of judging one invoice: allowed; rejected with every reason a person can act on; or kept out because a
 * person chose so (held in Odoo, a customer tag), which is nothing to fix.
 */
public record Verdict(List<String> reasons, boolean keptOut) {

    private static final Verdict ALLOWED = new Verdict(List.of());

    public Verdict {
        reasons = List.copyOf(reasons);
    }

    public Verdict(List<String> reasons) {
        this(reasons, false);
    }

    public static Verdict allowed() {
        return ALLOWED;
    }

    public static Verdict rejected(String reason) {
        return new Verdict(List.of(reason));
    }

    public static Verdict keptOut(String reason) {
        return new Verdict(List.of(reason), true);
    }

    /** Kept out by a person's choice: not handed over, but neither parked nor a problem. */
    public boolean isKeptOut() {
        return keptOut && !reasons.isEmpty();
    }

    public boolean isAllowed() {
        return reasons.isEmpty();
    }

    public String reasonText() {
        return String.join("; ", reasons);
    }
}
