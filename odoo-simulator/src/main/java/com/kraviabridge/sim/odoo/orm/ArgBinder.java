package com.kraviabridge.sim.odoo.orm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Binds positional and keyword arguments to a signature with Python's TypeError messages. */
final class ArgBinder {
    private ArgBinder() {
    }

    /** Binds into {@code bound}; unknown keywords land in {@code extra} when the method takes **kwargs. */
    static void bind(MethodSpec spec, List<Object> args, Map<String, Object> kwargs,
                     Map<String, Object> bound, Map<String, Object> extra) {
        List<Param> positional = new ArrayList<>();
        for (Param p : spec.params()) {
            if (!p.keywordOnly()) {
                positional.add(p);
            }
        }
        if (args.size() > positional.size()) {
            throw tooMany(spec.name(), positional, args.size());
        }
        for (int i = 0; i < args.size(); i++) {
            bound.put(positional.get(i).name(), args.get(i));
        }
        for (Map.Entry<String, Object> e : kwargs.entrySet()) {
            Param p = find(spec, e.getKey());
            if (p != null) {
                if (bound.containsKey(p.name())) {
                    throw OdooError.typeError(spec.name() + "() got multiple values for argument '" + p.name() + "'");
                }
                bound.put(p.name(), e.getValue());
            } else if (spec.varKwargs()) {
                extra.put(e.getKey(), e.getValue());
            } else {
                throw OdooError.typeError(spec.name() + "() got an unexpected keyword argument '" + e.getKey() + "'");
            }
        }
        List<String> missing = new ArrayList<>();
        List<String> missingKw = new ArrayList<>();
        for (Param p : spec.params()) {
            if (!bound.containsKey(p.name())) {
                if (p.required()) {
                    (p.keywordOnly() ? missingKw : missing).add(p.name());
                } else {
                    bound.put(p.name(), p.defaultValue());
                }
            }
        }
        if (!missing.isEmpty()) {
            throw missing(spec.name(), missing, "positional");
        }
        if (!missingKw.isEmpty()) {
            throw missing(spec.name(), missingKw, "keyword-only");
        }
    }

    /**
     * Binds keyword arguments only, as {@code inspect.Signature.bind(records, **kwargs)} does for JSON-2: the
     * first missing required parameter in signature order, then the first keyword nothing takes, is refused
     * with inspect's own message as an UnprocessableEntity.
     */
    static void bindNamed(MethodSpec spec, Map<String, Object> kwargs, Map<String, Object> bound,
                          Map<String, Object> extra) {
        for (Param p : spec.params()) {
            if (kwargs.containsKey(p.name())) {
                bound.put(p.name(), kwargs.get(p.name()));
            } else if (p.required()) {
                throw OdooError.unprocessable("missing a required argument: " + PyRepr.repr(p.name()));
            } else {
                bound.put(p.name(), p.defaultValue());
            }
        }
        for (Map.Entry<String, Object> e : kwargs.entrySet()) {
            if (find(spec, e.getKey()) == null) {
                if (!spec.varKwargs()) {
                    throw OdooError.unprocessable("got an unexpected keyword argument " + PyRepr.repr(e.getKey()));
                }
                extra.put(e.getKey(), e.getValue());
            }
        }
    }

    private static Param find(MethodSpec spec, String name) {
        for (Param p : spec.params()) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    /** Counts include self, as Python's messages do. */
    private static OdooError tooMany(String name, List<Param> positional, int given) {
        int max = positional.size() + 1;
        int min = 1 + (int) positional.stream().filter(Param::required).count();
        String takes = min == max ? String.valueOf(max) : "from " + min + " to " + max;
        String noun = min == max && max == 1 ? "positional argument" : "positional arguments";
        int g = given + 1;
        return OdooError.typeError(name + "() takes " + takes + " " + noun + " but " + g + (g == 1 ? " was" : " were")
                + " given");
    }

    private static OdooError missing(String name, List<String> names, String kind) {
        List<String> quoted = new ArrayList<>();
        names.forEach(n -> quoted.add("'" + n + "'"));
        String list;
        if (quoted.size() == 1) {
            list = quoted.get(0);
        } else if (quoted.size() == 2) {
            list = quoted.get(0) + " and " + quoted.get(1);
        } else {
            list = String.join(", ", quoted.subList(0, quoted.size() - 1)) + ", and " + quoted.get(quoted.size() - 1);
        }
        String noun = names.size() == 1 ? "argument" : "arguments";
        return OdooError.typeError(name + "() missing " + names.size() + " required " + kind + " " + noun + ": " + list);
    }

    static Map<String, Object> newMap() {
        return new LinkedHashMap<>();
    }
}
