package com.kraviabridge.config;

/**
 * One Odoo company handed to Kravia ({@code creditor.<odoo company id>.*}).
 *
 * @param webhookSecret empty when the company's webhooks are not verified (or not used)
 */
public record CreditorConfig(long odooCompanyId, long kraviaCreditorId, Secret webhookSecret) {
}
