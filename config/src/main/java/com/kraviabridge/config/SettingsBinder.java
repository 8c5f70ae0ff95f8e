package com.kraviabridge.config;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.text.ParseException;
import java.time.Duration;
import java.util.Currency;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import org.mariadb.jdbc.Configuration;
import org.quartz.CronExpression;

/** Turns raw settings into {@link BridgeConfig}, reporting every rule that is broken. */
final class SettingsBinder {

    /** Norwegian practice; shorter is allowed (other countries, other contracts) but deserves a second look. */
    static final int USUAL_MIN_DAYS_OVERDUE = 14;
    static final String EXAMPLE_PLACEHOLDER = "change-me";

    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)([?&;]password=|//[^/@]*:[^/@]*@)");
    private static final Pattern AUTH_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9._~+/-]*");
    private static final String DB_URL_EXAMPLE = "jdbc:mariadb://db.internal:3306/kravia_bridge";
    private static final String MYSQL_SCHEME = "jdbc:mysql:";
    // The store creates the database under this name with a plain CREATE DATABASE, so only plain names will do.
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");
    /** The path the daemon serves Kravia's webhooks under; the public URL stops before it. */
    private static final String WEBHOOK_PATH = "/webhooks/kravia";

    private final SettingReader in;

    SettingsBinder(SettingReader in) {
        this.in = in;
    }

    BridgeConfig bind() {
        OdooConfig odoo = odoo();
        KraviaConfig kravia = kravia();
        return new BridgeConfig(odoo, kravia, new CreditorBinder(in, kravia.payouts()).creditors(), collection(), database(),
                schedule(), webhook(), new SettlementBinder(in).settlement(), in.choice("logging.format", LogFormat.class));
    }

    private OdooConfig odoo() {
        in.required("odoo.url", "the address of your Odoo, e.g. https://mycompany.odoo.com");
        return new OdooConfig(
                in.httpUrl("odoo.url", false, "https://mycompany.odoo.com"),
                in.required("odoo.database", "the name of the Odoo database, e.g. mycompany"),
                in.required("odoo.username", "the login of the Odoo user the bridge acts as"),
                placeholderChecked("odoo.password", in.secret("odoo.password", true, "that user's password or API key")),
                in.choice("odoo.protocol", OdooProtocol.class),
                in.integer("odoo.page-size", 1, 5000),
                Duration.ofSeconds(in.integer("odoo.timeout-seconds", 1, 3600)),
                reviewUser());
    }

    /** A login has no spaces; empty means each invoice's salesperson. */
    private Optional<String> reviewUser() {
        String login = in.text("odoo.review-user");
        if (login.isEmpty()) {
            return Optional.empty();
        }
        if (login.chars().anyMatch(Character::isWhitespace)) {
            in.error("odoo.review-user", "must be the login of an Odoo user, without spaces, not "
                    + in.quoted("odoo.review-user"));
        }
        return Optional.of(login);
    }

    private KraviaConfig kravia() {
        var url = in.httpUrl("kravia.url", true, "https://api.kravia.ai");
        if ("http".equals(url.getScheme()) && !isLoopback(url.getHost())) {
            in.warning("kravia.url", "plain http sends the Kravia token unencrypted; use https outside a test setup");
        }
        String authScheme = in.text("kravia.auth-scheme");
        if (!authScheme.isEmpty() && !AUTH_SCHEME.matcher(authScheme).matches()) {
            in.error("kravia.auth-scheme", "must be one word such as Bearer, or empty, not " + in.quoted("kravia.auth-scheme"));
        }
        return new KraviaConfig(
                url,
                placeholderChecked("kravia.token", in.secret("kravia.token", true, "the API token Kravia gave you")),
                authScheme,
                Duration.ofSeconds(in.integer("kravia.connect-timeout-seconds", 1, 300)),
                Duration.ofSeconds(in.integer("kravia.request-timeout-seconds", 1, 3600)),
                in.integer("kravia.max-concurrency", 1, 64),
                in.decimal("kravia.rate-limit", new BigDecimal("0.1"), new BigDecimal("1000")),
                in.integer("kravia.max-retries", 0, 20),
                new PayoutBinder(in).bind("kravia.", PayoutConfig.none()));
    }

    private CollectionConfig collection() {
        int minDays = in.integer("collection.min-days-overdue", 0, 3650);
        if (minDays < USUAL_MIN_DAYS_OVERDUE && in.isGiven("collection.min-days-overdue")) {
            in.warning("collection.min-days-overdue", "is " + minDays + "; Norwegian practice is to wait at least "
                    + USUAL_MIN_DAYS_OVERDUE + " days after the due date before collection");
        }
        return new CollectionConfig(
                minDays,
                in.decimal("collection.min-amount", BigDecimal.ZERO, new BigDecimal("1000000000")),
                in.list("collection.excluded-partner-tags"),
                currencies(),
                in.choice("collection.approval", ApprovalMode.class),
                approvalAfterDaysOverdue());
    }

    private OptionalInt approvalAfterDaysOverdue() {
        String key = "collection.approval-after-days-overdue";
        if (in.text(key).isEmpty()) {
            return OptionalInt.empty(); // not set: no invoice waits for its age
        }
        int days = in.integer(key, 0, 3650);
        if (in.text("collection.approval").equalsIgnoreCase(ApprovalMode.MANUAL.configValue())) {
            in.warning(key, "has no effect: with collection.approval = manual every invoice waits for approval");
        }
        return OptionalInt.of(days);
    }

    private List<String> currencies() {
        List<String> codes = in.list("collection.currencies").stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
        for (String code : codes) {
            try {
                Currency.getInstance(code);
            } catch (IllegalArgumentException e) {
                in.error("collection.currencies", "'" + code + "' is not an ISO 4217 currency code such as NOK, SEK or EUR");
            }
        }
        return codes;
    }

    private DatabaseConfig database() {
        String url = in.text("db.url");
        if (PASSWORD_IN_URL.matcher(url).find()) {
            // not quoted: it holds a password, and db.url is not a secret key, so it would be printed
            in.error("db.url", "must not contain the password; put it in db.password, which is kept secret");
        } else if (!url.isEmpty()) {
            jdbcUrlFault(url).ifPresent(fault -> in.error("db.url", fault));
        }
        return new DatabaseConfig(url, in.required("db.username", "the database user"),
                in.secret("db.password", false, ""), dataDir(), in.integer("db.pool-size", 1, 100),
                Duration.ofSeconds(in.integer("db.connect-timeout-seconds", 1, 300)));
    }

    /**
     * What the store's MariaDB driver would refuse in this url, asked of the driver's own parser: the same url
     * passes here and fails at the first connection otherwise, long after the configuration was called valid.
     */
    private Optional<String> jdbcUrlFault(String url) {
        Configuration parsed;
        try {
            parsed = Configuration.parse(url);
        } catch (SQLException | RuntimeException e) {
            return Optional.of("is not a URL the MariaDB driver takes (" + e.getMessage() + "); write it like "
                    + DB_URL_EXAMPLE);
        }
        if (parsed == null && url.regionMatches(true, 0, MYSQL_SCHEME, 0, MYSQL_SCHEME.length())) {
            return Optional.of("the bridge's MariaDB driver refuses jdbc:mysql: URLs; write jdbc:mariadb:"
                    + url.substring(MYSQL_SCHEME.length()) + " instead (the same server, only the scheme differs)");
        }
        if (parsed == null) {
            return Optional.of("must start with jdbc:mariadb: (or be empty for the embedded MariaDB), e.g. "
                    + DB_URL_EXAMPLE + ", not " + in.quoted("db.url"));
        }
        String database = parsed.database();
        if (database != null && !database.isEmpty() && !DATABASE_NAME.matcher(database).matches()) {
            return Optional.of("the database name '" + database + "' must be letters, digits or _ (at most 64),"
                    + " e.g. " + DB_URL_EXAMPLE);
        }
        return Optional.empty();
    }

    private Path dataDir() {
        String dir = in.required("data.dir", "a directory the bridge may write to, e.g. ./data");
        try {
            return Path.of(dir.isEmpty() ? "." : dir);
        } catch (InvalidPathException e) {
            in.error("data.dir", "is not a valid path: " + in.quoted("data.dir"));
            return Path.of(".");
        }
    }

    private ScheduleConfig schedule() {
        return new ScheduleConfig(cron("schedule.invoices"), cron("schedule.payments"), cron("schedule.credits"),
                cron("schedule.status"), cron("schedule.settlements"));
    }

    private Optional<String> cron(String key) {
        String value = in.text(key);
        if (value.equalsIgnoreCase(ScheduleConfig.OFF)) {
            return Optional.empty();
        }
        try {
            CronExpression cron = new CronExpression(value);
            if (cron.getNextValidTimeAfter(new Date()) == null) {
                // Quartz takes 31 February and past years, and the flow then silently never runs.
                in.warning(key, in.quoted(key) + " never fires (no such day or year comes again), so the "
                        + key.substring(key.indexOf('.') + 1) + " flow never runs on its own; write "
                        + ScheduleConfig.OFF + " to switch it off on purpose");
            }
            return Optional.of(value);
        } catch (ParseException | RuntimeException e) {
            in.error(key, "is not a Quartz cron expression (" + e.getMessage() + "): " + in.quoted(key)
                    + "; Quartz cron has 6 or 7 fields, seconds first, and ? in day-of-month or day-of-week,"
                    + " e.g. 0 0 6 * * ? for 06:00 every day, or " + ScheduleConfig.OFF + " to switch the flow off");
            return Optional.of(KeyCatalog.get(key).defaultValue());
        }
    }

    private WebhookConfig webhook() {
        String bindAddress = in.text("webhook.bind-address");
        if (!BindAddress.isValid(bindAddress)) {
            in.error("webhook.bind-address", "must be an IP address such as 0.0.0.0 or 127.0.0.1, or a host name, not "
                    + in.quoted("webhook.bind-address"));
        }
        return new WebhookConfig(
                in.integer("webhook.port", 0, 65535),
                bindAddress,
                publicUrl(),
                in.choice("webhook.signature-rule", WebhookSignatureConfig.class),
                Duration.ofMinutes(in.integer("webhook.tolerance-minutes", 1, 1440)),
                in.integer("webhook.max-body-bytes", 1024, 16 * 1024 * 1024),
                Duration.ofDays(in.integer("webhook.inbox-retention-days", 1, 3650)));
    }

    private Optional<URI> publicUrl() {
        String key = "webhook.public-url";
        if (in.text(key).isEmpty()) {
            return Optional.empty();
        }
        String example = "https://bridge.mycompany.com";
        URI url = in.httpUrl(key, false, example);
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        if (path.contains(WEBHOOK_PATH)) {
            in.error(key, "must stop before " + WEBHOOK_PATH + "/…: the bridge adds that and the creditor id itself,"
                    + " e.g. " + example + ", not " + in.quoted(key));
        } else if (isLoopback(url.getHost())) {
            in.warning(key, "is a loopback address, which Kravia cannot reach from the internet: give the load"
                    + " balancer's (or reverse proxy's) public https address, the same on every instance"
                    + ("http".equals(url.getScheme()) ? "; a public address should be https" : ""));
        } else if ("http".equals(url.getScheme())) {
            in.warning(key, "is plain http; Kravia delivers webhooks to public https addresses only");
        }
        return Optional.of(url);
    }

    private Secret placeholderChecked(String key, Secret secret) {
        if (secret.reveal().equals(EXAMPLE_PLACEHOLDER)) {
            in.warning(key, "is still the example's placeholder; put the real value here (or env:NAME / file:/path)");
        }
        return secret;
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
    }
}
