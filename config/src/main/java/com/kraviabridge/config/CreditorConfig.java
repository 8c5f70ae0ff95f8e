package com.kraviabridge.config;

/**
 * One Odoo company handed to Kravia ({@code creditor.<odoo company id>.*}).
 *
 * @param webhookSecret empty when the company's webhooks are not verified (or not used)
 * @param payouts       how Kravia's payouts are told from this company's customers' payments: its own payout keys,
 *                      the common ones where it gives none
 */
public record CreditorConfig(long odooCompanyId, long kraviaCreditorId, Secret webhookSecret, PayoutConfig payouts) {

    /** A company with no payout signals of its own or in common. */
    public CreditorConfig(long odooCompanyId, long kraviaCreditorId, Secret webhookSecret) {
        this(odooCompanyId, kraviaCreditorId, webhookSecret, PayoutConfig.none());
    }
}
