package com.kraviabridge.sim.kravia;

import java.util.Set;

/** The creditors a presented token may act for: one for a creditor's own token, several for a partner's. */
record Access(Set<Long> creditorIds) {

    Access {
        creditorIds = Set.copyOf(creditorIds);
    }

    boolean grants(long creditorId) {
        return creditorIds.contains(creditorId);
    }

    /** A valid token used for another creditor is refused with 403 (docs/kravia-contract.md §2). */
    void require(long creditorId) {
        if (!grants(creditorId)) {
            throw ApiError.forbidden("The token does not grant access to creditor " + creditorId + ".");
        }
    }
}
