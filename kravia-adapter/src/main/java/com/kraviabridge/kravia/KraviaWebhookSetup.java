package com.kraviabridge.kravia;

import java.net.URI;
import java.util.Objects;

/** Points a creditor's webhook at our receiver (E6); repeating it is harmless, so it is retried like a read. */
public final class KraviaWebhookSetup {

    private final KraviaHttp http;

    KraviaWebhookSetup(KraviaHttp http) {
        this.http = http;
    }

    /** The secret goes only into the request body; it never appears in a message. */
    public void configure(long creditorId, URI receiverUrl, String secret, boolean enabled) {
        Objects.requireNonNull(receiverUrl, "receiverUrl");
        Objects.requireNonNull(secret, "secret");
        http.send(KraviaCall.put(creditorId, KraviaContract.webhook(creditorId),
                KraviaBodies.webhook(receiverUrl.toString(), secret, enabled)));
    }

    /**
     * Stops Kravia's calls for the creditor. Kravia documents the three fields of E6 but not which of them turning
     * deliveries off needs, so the url and secret are sent when known (null when not) and left out otherwise.
     */
    public void disable(long creditorId, URI receiverUrl, String secret) {
        http.send(KraviaCall.put(creditorId, KraviaContract.webhook(creditorId),
                KraviaBodies.webhook(receiverUrl == null ? null : receiverUrl.toString(), secret, false)));
    }
}
