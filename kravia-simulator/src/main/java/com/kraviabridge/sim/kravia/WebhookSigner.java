package com.kraviabridge.sim.kravia;

/**
 * How a webhook call is signed. Kravia's exact rule is unknown (docs/kravia-contract.md §11.3), so it is a strategy:
 * the project's primary guess is {@link WebhookSigners#primary()}; the alternatives stay one call away.
 */
@FunctionalInterface
public interface WebhookSigner {

    /** The value of the body's {@code signature} member for this event and secret. */
    String sign(WebhookEvent data, String secret);
}
