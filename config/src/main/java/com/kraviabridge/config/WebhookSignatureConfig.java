package com.kraviabridge.config;

/** How Kravia signs a webhook body with the creditor's webhook secret ({@code webhook.signature-rule}). */
public enum WebhookSignatureConfig implements ConfigChoice {
    /** md5(data text + secret): the rule the project adopts, and the default (docs/kravia-contract.md §11.4). */
    MD5_DATA_SECRET("md5-data-secret"),
    /** md5(secret + body). */
    MD5_SECRET_DATA("md5-secret-data"),
    /** HMAC-MD5 of the body keyed with the secret. */
    HMAC_MD5("hmac-md5");

    private final String configValue;

    WebhookSignatureConfig(String configValue) {
        this.configValue = configValue;
    }

    @Override
    public String configValue() {
        return configValue;
    }
}
