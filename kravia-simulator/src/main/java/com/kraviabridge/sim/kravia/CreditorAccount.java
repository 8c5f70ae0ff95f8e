package com.kraviabridge.sim.kravia;

/** One onboarded creditor: whether Kravia deducts VAT from its payouts, how it is paid out, and its webhook. */
final class CreditorAccount {

    private final long id;
    private final boolean vatRegistered;
    private volatile WebhookConfig webhook;
    private volatile PayoutMode payoutMode = PayoutMode.SETTLEMENT;
    private volatile String bankAccount;

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

    PayoutMode payoutMode() {
        return payoutMode;
    }

    /** The creditor's own account KID payouts go to; null in settlement mode. */
    String bankAccount() {
        return bankAccount;
    }

    void payOutByKid(String account) {
        this.payoutMode = PayoutMode.KID;
        this.bankAccount = account;
    }

    WebhookConfig webhook() {
        return webhook;
    }

    void webhook(WebhookConfig config) {
        this.webhook = config;
    }
}
