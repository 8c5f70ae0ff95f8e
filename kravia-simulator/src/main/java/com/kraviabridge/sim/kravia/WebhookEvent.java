package com.kraviabridge.sim.kravia;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * The {@code data} part of a webhook call (docs/kravia-contract.md §11.2).
 *
 * @param timestamp Unix seconds of the change
 * @param eventType {@code CaseUpdate} is the only documented type
 * @param claimId   the case id, the same number as {@code invoiceId} everywhere else
 */
public record WebhookEvent(long timestamp, String eventType, long claimId) {

    public static final String CASE_UPDATE = "CaseUpdate";

    /**
     * The data object as compact JSON with keys in the documented order (timestamp, eventType, claimId) and no
     * whitespace: the text a signature is computed over (docs/kravia-contract.md §11.4, step 2).
     */
    public String canonicalJson(KeyCasing casing) {
        String quotedType = new String(JsonStringEncoder.getInstance().quoteAsString(eventType));
        return "{\"" + casing.timestamp + "\":" + timestamp
                + ",\"" + casing.eventType + "\":\"" + quotedType + "\""
                + ",\"" + casing.claimId + "\":" + claimId + "}";
    }
}
