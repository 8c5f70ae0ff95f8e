package com.kraviabridge.config;

import java.util.List;
import java.util.Optional;

import static com.kraviabridge.config.ConfigKey.plain;
import static com.kraviabridge.config.ConfigKey.secret;

/**
 * Every key the bridge understands, in the order of bridge.properties.example. This list and the
 * example file are the contract with the administrator; change both together.
 */
final class KeyCatalog {

    static final String CREDITOR_ID = "creditor.<odoo company id>.id";
    static final String CREDITOR_WEBHOOK_SECRET = "creditor.<odoo company id>.webhook-secret";
    static final String SETTLEMENT_ACCOUNT = "settlement.account.<Kravia ledger account>";
    static final String SETTLEMENT_VAT_TAX = "settlement.vat-tax.<Kravia VAT code>";
    static final String CREDITOR_SETTLEMENT_JOURNAL = "creditor.<odoo company id>.settlement-journal";
    static final String CREDITOR_SETTLEMENT_ACCOUNT =
            "creditor.<odoo company id>.settlement-account.<Kravia ledger account>";

    static final List<ConfigKey> KEYS = List.of(
            plain("odoo.url", ""),
            plain("odoo.database", ""),
            plain("odoo.username", ""),
            secret("odoo.password"),
            plain("odoo.protocol", "auto"),
            plain("odoo.page-size", "1000"),
            plain("odoo.timeout-seconds", "60"),
            plain("odoo.review-user", ""),

            plain("kravia.url", "https://api.kravia.ai"),
            secret("kravia.token"),
            plain("kravia.auth-scheme", ""),
            plain("kravia.connect-timeout-seconds", "10"),
            plain("kravia.request-timeout-seconds", "30"),
            plain("kravia.max-concurrency", "4"),
            plain("kravia.rate-limit", "10"),
            plain("kravia.max-retries", "5"),
            plain("kravia.payout-partner", ""),
            plain("kravia.payout-journals", ""),
            plain("kravia.payout-bank-accounts", ""),
            plain("kravia.payout-reference", ""),

            plain(CREDITOR_ID, ""),
            secret(CREDITOR_WEBHOOK_SECRET),
            plain("creditor.<odoo company id>.payout-partner", ""),
            plain("creditor.<odoo company id>.payout-journals", ""),
            plain("creditor.<odoo company id>.payout-bank-accounts", ""),
            plain("creditor.<odoo company id>.payout-reference", ""),

            plain("collection.min-days-overdue", "14"),
            plain("collection.min-amount", "0"),
            plain("collection.excluded-partner-tags", ""),
            plain("collection.currencies", ""),
            plain("collection.approval", "automatic"),
            plain("collection.approval-after-days-overdue", ""),

            plain("db.url", ""),
            plain("db.username", "bridge"),
            secret("db.password"),
            plain("data.dir", "./data"),
            plain("db.pool-size", "5"),
            plain("db.connect-timeout-seconds", "5"),

            plain("schedule.invoices", "0 0 6 * * ?"),
            plain("schedule.payments", "0 0 * * * ?"),
            plain("schedule.credits", "0 5 * * * ?"),
            plain("schedule.status", "0 */15 * * * ?"),
            plain("schedule.settlements", "0 30 6 * * ?"),

            plain("webhook.port", "8089"),
            plain("webhook.bind-address", "127.0.0.1"),
            plain("webhook.public-url", ""),
            plain("webhook.signature-rule", "md5-data-secret"),
            plain("webhook.tolerance-minutes", "15"),
            plain("webhook.max-body-bytes", "65536"),
            plain("webhook.inbox-retention-days", "30"),

            plain("settlement.journal", ""),
            plain(SETTLEMENT_ACCOUNT, ""),
            plain(SETTLEMENT_VAT_TAX, ""),
            plain("settlement.post", "posted"),
            plain(CREDITOR_SETTLEMENT_JOURNAL, ""),
            plain(CREDITOR_SETTLEMENT_ACCOUNT, ""),

            plain("logging.format", "text"));

    private KeyCatalog() {
    }

    /** The catalog entry that {@code key} is (or is an instance of). */
    static Optional<ConfigKey> find(String key) {
        return KEYS.stream()
                .filter(k -> k.name().equals(key) || k.placeholderIn(key).isPresent())
                .findFirst();
    }

    static ConfigKey get(String name) {
        return KEYS.stream().filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not in the catalog: " + name));
    }

    static boolean isSecret(String key) {
        return find(key).map(ConfigKey::secret).orElse(false);
    }

    static Optional<String> keyForEnvironmentVariable(String variable) {
        return KEYS.stream().flatMap(k -> k.keyForEnvironmentVariable(variable).stream()).findFirst();
    }

    /** The known key closest to a misspelt one, for "did you mean". */
    static Optional<String> suggestKey(String unknown) {
        return Suggestions.closest(unknown, KEYS.stream().map(k -> k.instanceLike(unknown, '.')).toList());
    }

    static Optional<String> suggestEnvironmentVariable(String unknown) {
        return Suggestions.closest(unknown, KEYS.stream().map(k -> k.instanceLike(unknown, '_')).toList());
    }
}
