package com.kraviabridge.sim.kravia;

/** One onboarded creditor: whether Kravia deducts VAT from its payouts, and its webhook. */
final class CreditorAccount {

    private final long id;
    private final boolean vatRegistered;
    private volatile WebhookConfig webhook;

    CreditorAccount(long id, boolean vatRegistered) {
        this.id = id;
        this.vatRegistered = vatRegistered;
    }

    long id() {
        return id;
    }

    boolean vatRegistered() {
        return vatRegistered;
    }

    WebhookConfig webhook() {
        return webhook;
    }

    void webhook(WebhookConfig config) {
        this.webhook = config;
    }
}
