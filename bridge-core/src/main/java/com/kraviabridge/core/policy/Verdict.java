package com.kraviabridge.core.policy;

import java.util.List;

/** The outcome of judging one invoice: allowed, or rejected with every reason a person can act on. */
public record Verdict(List<String> reasons) {

    private static final Verdict ALLOWED = new Verdict(List.of());

    public Verdict {
        reasons = List.copyOf(reasons);
    }

    public static Verdict allowed() {
        return ALLOWED;
    }

    public static Verdict rejected(String reason) {
        return new Verdict(List.of(reason));
    }

    public boolean isAllowed() {
        return reasons.isEmpty();
    }

    public String reasonText() {
        return String.join("; ", reasons);
    }
}
