package com.kraviabridge.sim.odoo;

import com.kraviabridge.sim.odoo.orm.OdooDatabase;
import com.kraviabridge.sim.odoo.rpc.HttpFront;
import com.kraviabridge.sim.odoo.rpc.RpcServices;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An Odoo server stand-in on loopback, speaking XML-RPC ({@code /xmlrpc/2/common},
 * {@code /xmlrpc/2/object}, legacy {@code /xmlrpc/*}), JSON-RPC ({@code /jsonrpc}) and, from 19, JSON-2
 * ({@code POST /json/2/<model>/<method>} with a bearer API key) as the chosen major version does; 20 has
 * JSON-2 only.
 *
 * <pre>{@code
 * try (OdooSimulator sim = OdooSimulator.start(OdooVersion.V17)) {
 *     SimDatabase db = sim.addDatabase("acme");
 *     db.addUser("bot", "secret").apiKey("key-1");
 *     PartnerRef debtor = db.seed().partner("Debtor AS").orgNumber("998877665")
 *             .address("Storgata 1", "0150", "Oslo", "NO").save();
 *     InvoiceRef inv = db.seed().invoice(debtor).amount("1250.00")
 *             .invoiceDate(LocalDate.of(2026, 1, 5)).save();
 *     db.seed().registerPayment(inv.id(), new BigDecimal("500"), LocalDate.of(2026, 2, 1), "BNK", "part");
 *     String url = sim.url();   // http://127.0.0.1:<port>
 * }
 * }</pre>
 */
public final class OdooSimulator implements AutoCloseable {
    private final OdooVersion version;
    private final SimClock clock = new SimClock();
    private final RequestStats stats = new RequestStats();
    private final FaultInjector faults = new FaultInjector();
    private final Map<String, OdooDatabase> databases = new ConcurrentHashMap<>();
    private final Map<String, SimDatabase> handles = new ConcurrentHashMap<>();
    private final DatabaseFactory factory;
    private final HttpServer server;
    private final ExecutorService executor;

    private OdooSimulator(OdooVersion version, int port) {
        this.version = version;
        this.factory = new DatabaseFactory(version, clock);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the Odoo simulator", e);
        }
        AtomicInteger n = new AtomicInteger();
        executor = Executors.newFixedThreadPool(16, r -> {
            Thread t = new Thread(r, "odoo-sim-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", new HttpFront(version, new RpcServices(version, databases), stats, faults));
        server.start();
    }

    /** Starts on a random loopback port. */
    public static OdooSimulator start(OdooVersion version) {
        return new OdooSimulator(version, 0);
    }

    /** Starts on the given loopback port (0 = random). */
    public static OdooSimulator start(OdooVersion version, int port) {
        return new OdooSimulator(version, port);
    }

    public OdooVersion version() {
        return version;
    }

    /** Base URL, e.g. {@code http://127.0.0.1:41234}; append /jsonrpc, /xmlrpc/2/object or /json/2/<model>/<method>. */
    public String url() {
        return "http://127.0.0.1:" + port();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** A new database whose main company uses NOK and Norway. */
    public SimDatabase addDatabase(String name) {
        return addDatabase(name, "NOK", "NO");
    }

    public SimDatabase addDatabase(String name, String currency, String country) {
        if (databases.containsKey(name)) {
            throw new IllegalArgumentException("database " + name + " exists");
        }
        OdooDatabase db = factory.create(name, currency, country);
        db.meter((model, method, rows) -> faults.rowCosts().charge(model, method, rows));
        SimDatabase handle = new SimDatabase(db);
        databases.put(name, db);
        handles.put(name, handle);
        return handle;
    }

    public SimDatabase database(String name) {
        SimDatabase db = handles.get(name);
        if (db == null) {
            throw new IllegalArgumentException("no database " + name);
        }
        return db;
    }

    public SimClock clock() {
        return clock;
    }

    /** Freezes the server's clock on that day (09:00 UTC). */
    public void setToday(LocalDate day) {
        clock.setToday(day);
    }

    public RequestStats stats() {
        return stats;
    }

    /**
     * Requests to the endpoints this version deprecated ({@code /xmlrpc}, {@code /xmlrpc/2/*}, {@code /jsonrpc}
     * on 19) or removed (on 20); 0 on 16 to 18. See {@link RequestStats#deprecatedCalls()}.
     */
    public long deprecatedCalls() {
        return stats.deprecatedCalls();
    }

    public FaultInjector faults() {
        return faults;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
