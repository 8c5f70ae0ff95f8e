package com.kraviabridge.sim.odoo;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts RPC requests: all of them, per service method ("common.login") and per ORM model and
 * method ("account.move.search_read"). Requests rejected by injected faults count too.
 */
public final class RequestStats {
    private final AtomicLong total = new AtomicLong();
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
        byKey.clear();
    }
}
