package com.kraviabridge.core.policy;

/** How the bridge books a settlement's entry ({@code settlement.post}). */
public enum SettlementPostMode {
    /** Posted and reconciled at once, then marked bookkept in Kravia. */
    POSTED,
    /** Made as a draft for a person to review and post; see {@link DraftReview}. */
    DRAFT
}
