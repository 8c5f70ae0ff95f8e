package com.kraviabridge.sim.odoo;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts RPC requests: all of them, per service method ("common.login", "json2.call") and per ORM model and
 * method ("account.move.search_read", whatever the protocol). Requests rejected by injected faults count too.
 * Requests to an endpoint the emulated version deprecated (XML-RPC and JSON-RPC on 19) or removed (on 20) are
 * counted apart as well.
 */
public final class RequestStats {
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong deprecated = new AtomicLong();
    private final Map<String, AtomicLong> byKey = new ConcurrentHashMap<>();

    /** Records one request; called by the HTTP front. */
    public void record(String service, String method, String model, String modelMethod) {
        total.incrementAndGet();
        bump(service + "." + method);
        if (model != null && modelMethod != null) {
            bump(model + "." + modelMethod);
        }
    }

    private void bump(String key) {
        byKey.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
    }

    /** Records one request to {@code /xmlrpc}, {@code /xmlrpc/2/*} or {@code /jsonrpc} where they are deprecated or gone. */
    public void recordDeprecated() {
        deprecated.incrementAndGet();
    }

    /**
     * Requests to {@code /xmlrpc}, {@code /xmlrpc/2/*} or {@code /jsonrpc} on 19 (each logs Odoo's deprecation
     * warning there) or on 20 (not found); always 0 on 16 to 18.
     */
    public long deprecatedCalls() {
        return deprecated.get();
    }

    public long total() {
        return total.get();
    }

    /** Calls of an ORM method on a model, e.g. count("account.move", "search_read"). */
    public long count(String model, String method) {
        AtomicLong n = byKey.get(model + "." + method);
        return n == null ? 0 : n.get();
    }

    /** Calls of a service method, e.g. serviceCount("object", "execute_kw"). */
    public long serviceCount(String service, String method) {
        return count(service, method);
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> out = new TreeMap<>();
        byKey.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    public void reset() {
        total.set(0);
        deprecated.set(0);
        byKey.clear();
    }
}
