package com.kraviabridge.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kraviabridge.app.wiring.Bridge;
import com.kraviabridge.app.wiring.PortDecorators;
import com.kraviabridge.config.BridgeConfig;
import com.kraviabridge.config.ConfigLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Odoo with its companies and one Kravia (both in the simulator JVM), and the bridges pointed at them, each
 * on a fresh database of the shared embedded MariaDB.
 */
final class Landscape implements AutoCloseable {

    private final BenchSettings settings;
    private final MariaDb mariaDb;
    private final String protocol;
    private final boolean odooRowCosts;
    final SimControl sims;
    final String odooUrl;
    final String kraviaUrl;
    /** Odoo company id to Kravia creditor id, in creation order; the first is Odoo's main company. */
    final Map<Integer, Long> companies = new LinkedHashMap<>();
    private final List<Bridge> bridges = new ArrayList<>();
    private final List<Path> configs = new ArrayList<>();

    /** Odoo 17 spoken to over JSON-RPC, as every scenario but the JSON-2 row. */
    Landscape(BenchSettings settings, MariaDb mariaDb) {
        this(settings, mariaDb, 17, "jsonrpc");
    }

    /** An Odoo of the given major, spoken to over {@code protocol} (odoo.protocol). */
    Landscape(BenchSettings settings, MariaDb mariaDb, int odooMajor, String protocol) {
        this(settings, mariaDb, odooMajor, protocol, false);
    }

    /**
     * {@code odooRowCosts}: while measured, Odoo charges the per-row costs measured on a real Odoo 18
     * ({@code RowCosts.measuredOnOdoo18()}) instead of the flat latency per call.
     */
    Landscape(BenchSettings settings, MariaDb mariaDb, int odooMajor, String protocol, boolean odooRowCosts) {
        this.settings = settings;
        this.mariaDb = mariaDb;
        this.protocol = protocol;
        this.odooRowCosts = odooRowCosts;
        this.sims = new SimControl(settings.simHeap);
        ObjectNode start = sims.command("start");
        start.put("odooMajor", odooMajor);
        JsonNode started = sims.call(start);
        odooUrl = started.path("odooUrl").asText();
        kraviaUrl = started.path("kraviaUrl").asText();
        companies.put(started.path("company").asInt(), started.path("creditor").asLong());
        if (settings.customFields) {
            sims.call("customFields");
        }
    }

    int mainCompany() {
        return companies.keySet().iterator().next();
    }

    int addCompany(String name) {
        ObjectNode c = sims.command("company");
        c.put("name", name);
        JsonNode made = sims.call(c);
        companies.put(made.path("company").asInt(), made.path("creditor").asLong());
        return made.path("company").asInt();
    }

    /** Seeds debtors and eligible overdue invoices, spread over the companies; returns the seconds it took. */
    double seed(List<Integer> companyIds, int debtors, int invoices) {
        ObjectNode c = sims.command("seed");
        companyIds.forEach(c.putArray("companies")::add);
        c.put("debtors", debtors);
        c.put("invoices", invoices);
        c.put("seed", 20261125L + invoices);
        return sims.call(c).path("seconds").asDouble();
    }

    /** Remote latency (or Odoo's row costs) on, or off for set-up work that is not measured. */
    void latency(boolean on) {
        ObjectNode c = sims.command("latency");
        c.put("odooMs", on && !odooRowCosts ? settings.odooLatencyMs : 0);
        c.put("odooRowCosts", on && odooRowCosts);
        c.put("kraviaMs", on ? settings.kraviaLatencyMs : 0);
        c.put("collect", on);
        sims.call(c);
    }

    JsonNode stats(boolean reset) {
        ObjectNode c = sims.command("stats");
        c.put("reset", reset);
        return sims.call(c);
    }

    /**
     * A bridge for the given companies. {@code concurrency} and {@code rate} null leave kravia.max-concurrency and
     * kravia.rate-limit out of the file, so the product's defaults apply.
     */
    Bridge bridge(List<Integer> companyIds, Integer concurrency, String rate) {
        StringBuilder config = new StringBuilder();
        line(config, "odoo.url", odooUrl);
        line(config, "odoo.database", SimHost.DATABASE);
        line(config, "odoo.username", SimHost.LOGIN);
        line(config, "odoo.password", SimHost.API_KEY);
        line(config, "odoo.protocol", protocol);
        if (settings.pageSize != null) {
            line(config, "odoo.page-size", settings.pageSize.toString());
        }
        line(config, "kravia.url", kraviaUrl);
        line(config, "kravia.token", SimHost.KRAVIA_TOKEN);
        if (concurrency != null) {
            line(config, "kravia.max-concurrency", concurrency.toString());
        }
        if (rate != null) {
            line(config, "kravia.rate-limit", rate);
        }
        for (int company : companyIds) {
            line(config, "creditor." + company + ".id", companies.get(company).toString());
        }
        line(config, "db.url", mariaDb.freshDatabaseUrl());
        line(config, "db.username", mariaDb.user());
        line(config, "db.password", mariaDb.password());
        line(config, "webhook.port", "0");
        line(config, "settlement.journal", "BNK");
        line(config, "settlement.account.1500", "1500");
        line(config, "settlement.account.2710", "2710");
        line(config, "settlement.account.7790", "7770");
        try {
            Path file = Files.createTempFile("bench-bridge", ".properties");
            Files.writeString(file, config);
            configs.add(file);
            BridgeConfig bridgeSettings = new ConfigLoader(Map.of()).load(file).settings();
            Bridge bridge = Bridge.start(bridgeSettings, Clock.systemUTC(), PortDecorators.none());
            bridges.add(bridge);
            return bridge;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Bridge bridge(List<Integer> companyIds) {
        return bridge(companyIds, settings.concurrency, settings.rate);
    }

    private static void line(StringBuilder config, String key, String value) {
        config.append(key).append(" = ").append(value).append('\n');
    }

    /** Closes one bridge early (its database connections and sender threads). */
    void closeBridge(Bridge bridge) {
        if (bridges.remove(bridge)) {
            bridge.close();
        }
    }

    @Override
    public void close() {
        for (Bridge bridge : bridges) {
            try {
                bridge.close();
            } catch (RuntimeException e) {
                System.err.println("closing a bridge: " + e);
            }
        }
        bridges.clear();
        sims.close();
        for (Path file : configs) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temp file left behind does no harm
            }
        }
    }
}
