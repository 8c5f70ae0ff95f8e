package com.kraviabridge.erp.odoo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values read from Odoo, reused for a while so that paging through many invoices reads each partner, tag or
 * journal once instead of once per page. Short-lived on purpose: a partner's corrected address must
 * show up within minutes.
 */
final class ExpiringCache<K, V> {

    private record Entry<V>(V value, Instant expires) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final Clock clock;

    ExpiringCache(Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
    }

    /** The values of all keys, loading the missing or expired ones with one call of {@code loader}. */
    Map<K, V> getAll(Collection<K> keys, Function<Set<K>, Map<K, V>> loader) {
        Instant now = clock.instant();
        Map<K, V> found = new HashMap<>();
        Set<K> missing = new LinkedHashSet<>();
        for (K key : keys) {
            Entry<V> entry = entries.get(key);
            if (entry != null && entry.expires().isAfter(now)) {
                found.put(key, entry.value());
            } else {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            Map<K, V> loaded = loader.apply(missing);
            Instant expires = now.plus(ttl);
            loaded.forEach((k, v) -> {
                entries.put(k, new Entry<>(v, expires));
                found.put(k, v);
            });
        }
        return found;
    }

    void clear() {
        entries.clear();
    }
}
