package com.kraviabridge.app.e2e;

import com.kraviabridge.app.BridgeCommand;
import com.kraviabridge.app.wiring.Bridge;
import com.kraviabridge.app.wiring.PortDecorators;
import com.kraviabridge.config.BridgeConfig;
import com.kraviabridge.config.ConfigLoader;
import com.kraviabridge.sim.kravia.KraviaSimulator;
import com.kraviabridge.sim.odoo.OdooSimulator;
import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.SimDatabase;
import com.kraviabridge.sim.odoo.seed.CompanyRef;
import com.kraviabridge.sim.odoo.seed.InvoiceRef;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import com.kraviabridge.sim.odoo.seed.Seeder;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything an end-to-end test needs, for real: an Odoo simulator and a Kravia simulator on loopback, a fresh
 * database on the shared embedded MariaDB, and a configuration file pointing the bridge at them.
 *
 * <p>Public for the daemon tests in {@code com.kraviabridge.app.daemon}.
 */
public final class Landscape implements AutoCloseable {

    public static final long CREDITOR = 501;
    public static final String TOKEN = "token-501-secret";
    public static final String WEBHOOK_SECRET = "hook-secret-501";
    static final String ODOO_KEY = "odoo-api-key-xyz";

    public final OdooSimulator odoo;
    public final SimDatabase odooDb;
    public final CompanyRef company;
    public final KraviaSimulator kravia;
    public final Path configFile;
    private final String protocol;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final String extra;

    Landscape(OdooVersion version, String protocol) {
        this(version, protocol, Map.of(), "");
    }

    Landscape(OdooVersion version, String protocol, String extraConfig) {
        this(version, protocol, Map.of(), extraConfig);
    }

    /**
     * A landscape whose configuration takes {@code overrides} instead of its own value for the same key (e.g.
     * {@code webhook.port}, {@code schedule.status}, {@code db.url}), or in addition when it has no such key:
     * the configuration refuses a key given twice.
     */
    public Landscape(OdooVersion version, String protocol, Map<String, String> overrides) {
        this(version, protocol, overrides, "");
    }

    private Landscape(OdooVersion version, String protocol, Map<String, String> overrides, String extraConfig) {
        this.protocol = protocol;
        this.extra = extraConfig;
        odoo = OdooSimulator.start(version);
        odooDb = odoo.addDatabase("acme", "NOK", "NO");
        odooDb.addUser("bridge@acme.example", "not-the-key").apiKey(ODOO_KEY).accountant();
        company = odooDb.mainCompany();
        kravia = KraviaSimulator.start();
        kravia.addCreditor(CREDITOR, TOKEN);
        defaults();
        settings.putAll(overrides);
        try {
            configFile = Files.createTempFile("bridge-e2e", ".properties");
            writeConfig();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void defaults() {
        settings.put("odoo.url", odoo.url());
        settings.put("odoo.database", "acme");
        settings.put("odoo.username", "bridge@acme.example");
        settings.put("odoo.password", ODOO_KEY);
        settings.put("odoo.protocol", protocol);
        settings.put("odoo.page-size", "50");
        settings.put("kravia.url", kravia.baseUrl());
        settings.put("kravia.token", TOKEN);
        settings.put("kravia.request-timeout-seconds", "3");
        settings.put("kravia.max-retries", "2");
        settings.put("kravia.rate-limit", "1000");
        settings.put("creditor." + company.id() + ".id", Long.toString(CREDITOR));
        settings.put("creditor." + company.id() + ".webhook-secret", WEBHOOK_SECRET);
        settings.put("db.url", SharedMariaDb.freshDatabaseUrl());
        settings.put("db.username", SharedMariaDb.user());
        settings.put("db.password", SharedMariaDb.password());
        settings.put("webhook.port", "0");
        settings.put("settlement.journal", "BNK");
        settings.put("settlement.account.1500", "1500");
        settings.put("settlement.account.2710", "2710");
        settings.put("settlement.account.7790", "7770");
    }

    private void writeConfig() throws IOException {
        StringBuilder text = new StringBuilder();
        settings.forEach((key, value) -> text.append(key).append(" = ").append(value).append('\n'));
        text.append(extra).append('\n');
        Files.writeString(configFile, text.toString());
    }

    /** The value the configuration file gives {@code key}, null when it has none. */
    public String setting(String key) {
        return settings.get(key);
    }

    /** Rewrites the configuration file with {@code key} set to {@code value} (replacing any earlier value). */
    public void set(String key, String value) {
        settings.put(key, value);
        try {
            writeConfig();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites the configuration file without {@code key}. */
    public void unset(String key) {
        settings.remove(key);
        try {
            writeConfig();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Seeder seed() {
        return odooDb.seed();
    }

    /** The customer most tests forward: a business with an organisation number and a complete address. */
    PartnerRef fjordbakeri() {
        return seed().partner("Fjordbakeri AS").company().orgNumber("912345678")
                .address("Bryggen 3", "5003", "Bergen", "NO").save();
    }

    /** An invoice of {@code amount} to {@code partner}, issued 45 and due 30 days before {@code today}. */
    InvoiceRef overdueInvoice(PartnerRef partner, LocalDate today, String amount) {
        return seed().invoice(partner).invoiceDate(today.minusDays(45)).dueDate(today.minusDays(30)).amount(amount)
                .save();
    }

    /**
     * Two invoices of 4000.00, 30 days overdue on {@code today}: one that goes to Kravia, and one whose debtor has
     * no organisation number, which the bridge rejects and keeps for review.
     */
    public void seedOneInvoiceToSendAndOneToReject(LocalDate today) {
        PartnerRef bakery = fjordbakeri();
        PartnerRef noOrgNumber = seed().partner("Uten Orgnr AS").company()
                .address("Kaigata 2", "7010", "Trondheim", "NO").save();
        for (PartnerRef partner : List.of(bakery, noOrgNumber)) {
            seed().invoice(partner).invoiceDate(today.minusDays(44)).dueDate(today.minusDays(30)).amount("4000.00")
                    .save();
        }
    }

    public BridgeConfig settings() {
        return new ConfigLoader(Map.of()).load(configFile).settings();
    }

    public Bridge bridge() {
        return Bridge.start(settings());
    }

    public Bridge bridge(PortDecorators decorators) {
        return Bridge.start(settings(), Clock.systemUTC(), decorators);
    }

    /** Runs the command line as an administrator would, returning exit code and output. */
    Cli cli(String... args) {
        return cli(Map.of(), args);
    }

    /** The same, with environment variables as the bridge would see them (e.g. BRIDGE_* overrides). */
    Cli cli(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] full = new String[args.length + 2];
        System.arraycopy(args, 0, full, 0, args.length);
        full[args.length] = "--config";
        full[args.length + 1] = configFile.toString();
        int code = BridgeCommand.execute(environment, new PrintWriter(out), new PrintWriter(err), full);
        return new Cli(code, out.toString(), err.toString());
    }

    record Cli(int exitCode, String out, String err) {
    }

    @Override
    public void close() {
        odoo.close();
        kravia.close();
        try {
            Files.deleteIfExists(configFile);
        } catch (IOException ignored) {
            // a temp file left behind does no harm
        }
    }
}
