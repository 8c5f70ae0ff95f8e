package com.kraviabridge.app.e2e;

import com.kraviabridge.app.BridgeCommand;
import com.kraviabridge.app.wiring.Bridge;
import com.kraviabridge.app.wiring.PortDecorators;
import com.kraviabridge.config.BridgeSettings;
import com.kraviabridge.config.ConfigLoader;
import com.kraviabridge.sim.kravia.KraviaSimulator;
import com.kraviabridge.sim.odoo.OdooSimulator;
import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.SimDatabase;
import com.kraviabridge.sim.odoo.seed.CompanyRef;
import com.kraviabridge.sim.odoo.seed.Seeder;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * Everything an end-to-end test needs, for real: an Odoo simulator and a Kravia simulator on loopback, a fresh
 * database on the shared embedded MariaDB, and a configuration file pointing the bridge at them.
 */
final class Landscape implements AutoCloseable {

    static final long CREDITOR = 501;
    static final String TOKEN = "token-501-secret";
    static final String WEBHOOK_SECRET = "hook-secret-501";
    static final String ODOO_KEY = "odoo-api-key-xyz";

    final OdooSimulator odoo;
    final SimDatabase odooDb;
    final CompanyRef company;
    final KraviaSimulator kravia;
    final Path configFile;
    private final String protocol;

    Landscape(OdooVersion version, String protocol) {
        this(version, protocol, "");
    }

    Landscape(OdooVersion version, String protocol, String extraConfig) {
        this.protocol = protocol;
        odoo = OdooSimulator.start(version);
        odooDb = odoo.addDatabase("acme", "NOK", "NO");
        odooDb.addUser("bridge@acme.example", "not-the-key").apiKey(ODOO_KEY).accountant();
        company = odooDb.mainCompany();
        kravia = KraviaSimulator.start();
        kravia.addCreditor(CREDITOR, TOKEN);
        try {
            configFile = Files.createTempFile("bridge-e2e", ".properties");
            Files.writeString(configFile, config(extraConfig));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String config(String extra) {
        return String.join("\n",
                "odoo.url = " + odoo.url(),
                "odoo.database = acme",
                "odoo.username = bridge@acme.example",
                "odoo.password = " + ODOO_KEY,
                "odoo.protocol = " + protocol,
                "odoo.page-size = 50",
                "kravia.url = " + kravia.baseUrl(),
                "kravia.token = " + TOKEN,
                "kravia.request-timeout-seconds = 3",
                "kravia.max-retries = 2",
                "kravia.rate-limit = 1000",
                "creditor." + company.id() + ".id = " + CREDITOR,
                "creditor." + company.id() + ".webhook-secret = " + WEBHOOK_SECRET,
                "db.url = " + SharedMariaDb.freshDatabaseUrl(),
                "db.username = root",
                "webhook.port = 0",
                "settlement.journal = BNK",
                "settlement.account.1500 = 1500",
                "settlement.account.2710 = 2710",
                "settlement.account.7790 = 7770",
                extra,
                "");
    }

    Seeder seed() {
        return odooDb.seed();
    }

    BridgeSettings settings() {
        return new ConfigLoader(Map.of()).load(configFile).settings();
    }

    Bridge bridge() {
        return Bridge.start(settings());
    }

    Bridge bridge(PortDecorators decorators) {
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
