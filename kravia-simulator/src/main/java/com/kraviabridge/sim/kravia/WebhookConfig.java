package com.kraviabridge.sim.kravia;

/** A creditor's webhook as set with {@code PUT creditor/{id}/webhook} (E6). */
public record WebhookConfig(String url, String secret, boolean enabled) {
}
