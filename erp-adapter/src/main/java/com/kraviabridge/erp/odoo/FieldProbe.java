package com.kraviabridge.erp.odoo;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Which optional fields a model has on this server (a localisation field such as
 * {@code res.partner.company_registry}, or the bridge's own {@code x_kravia_*} fields). Asked once per model
 * with {@code fields_get} restricted to the fields and attributes needed (a full {@code fields_get} can fault
 * over XML-RPC on 19, docs/odoo-notes.md §1.5).
 */
final class FieldProbe {

    private final OdooClient odoo;
    private final Map<String, Set<String>> known = new ConcurrentHashMap<>();

    FieldProbe(OdooClient odoo) {
        this.odoo = odoo;
    }

    /**
     * The subset of {@code fields} that exist on {@code model}; answered from an earlier question about more of
     * the model's fields where there was one, so that the reads that ask about part of a set cost no call.
     */
    Set<String> existing(String model, List<String> fields) {
        String prefix = model + ":";
        for (Map.Entry<String, Set<String>> earlier : known.entrySet()) {
            if (earlier.getKey().startsWith(prefix)
                    && List.of(earlier.getKey().substring(prefix.length()).split(",")).containsAll(fields)) {
                return earlier.getValue().stream().filter(fields::contains).collect(Collectors.toUnmodifiableSet());
            }
        }
        return known.computeIfAbsent(prefix + String.join(",", fields), k -> ask(model, fields));
    }

    boolean exists(String model, String field) {
        return existing(model, List.of(field)).contains(field);
    }

    /** Forgets what was learned about {@code model}, after fields were added to it. */
    void forget(String model) {
        known.keySet().removeIf(key -> key.startsWith(model + ":"));
    }

    private Set<String> ask(String model, List<String> fields) {
        Object answer = odoo.read(OdooClient.NO_COMPANY, model, "fields_get", List.of(fields),
                Map.of("attributes", List.of("type")));
        Set<String> present = new LinkedHashSet<>();
        if (answer instanceof Map<?, ?> map) {
            for (String field : fields) {
                if (map.containsKey(field)) {
                    present.add(field);
                }
            }
        }
        return Set.copyOf(present);
    }
}
