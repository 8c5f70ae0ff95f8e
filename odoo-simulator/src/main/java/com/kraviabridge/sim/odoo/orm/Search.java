package com.kraviabridge.sim.odoo.orm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Evaluates searches: parse and compile the domain, add the implicit active filter and the
 * record rules, pick the cheapest candidate set (ids, an id range or a foreign-key index from the
 * top-level AND), filter, order, page.
 */
public final class Search {
    private Search() {
    }

    public static List<Integer> search(Env env, ModelDef model, Object domain, int offset, Integer limit,
                                       String order) {
        Domain.Node ast = Domain.parse(domain, env.version());
        Predicate<Rec> filter = filter(env, model, ast, domain);
        OrderSpec spec = OrderSpec.parse(model, order == null || order.isBlank() ? model.defaultOrder() : order);
        Table table = env.table(model.name());
        List<Rec> matches = new ArrayList<>();
        int wanted = limit == null ? Integer.MAX_VALUE : offset + limit;
        boolean streaming = spec.isIdAscending();
        for (Rec r : candidates(env, table, ast)) {
            if (filter.test(r)) {
                matches.add(r);
                if (streaming && matches.size() >= wanted) {
                    break;
                }
            }
        }
        if (!streaming) {
            matches.sort(spec.comparator(env));
        }
        List<Integer> ids = new ArrayList<>();
        for (int i = offset; i < matches.size() && i < wanted; i++) {
            ids.add(matches.get(i).id());
        }
        return ids;
    }

    public static int count(Env env, ModelDef model, Object domain, Integer limit) {
        Domain.Node ast = Domain.parse(domain, env.version());
        Predicate<Rec> filter = filter(env, model, ast, domain);
        int n = 0;
        for (Rec r : candidates(env, env.table(model.name()), ast)) {
            if (filter.test(r)) {
                n++;
                if (limit != null && n >= limit) {
                    break;
                }
            }
        }
        return n;
    }

    /** Domain, implicit {@code active = True} and record rules as one predicate. */
    static Predicate<Rec> filter(Env env, ModelDef model, Domain.Node ast, Object wireDomain) {
        Predicate<Rec> p = new DomainCompiler(env).compile(ast, model);
        if (model.hasActive() && env.activeTest() && !Domain.mentionsTopLevel(wireDomain, "active")) {
            FieldDef active = model.field("active");
            p = p.and(r -> Boolean.TRUE.equals(env.get(r, active)));
        }
        return p.and(AccessControl.rule(env, model));
    }

    /** Records worth testing, in ascending id order. */
    private static Iterable<Rec> candidates(Env env, Table table, Domain.Node ast) {
        Collection<Integer> best = null;
        int rangeAfter = -1;
        for (Domain.Node n : Domain.conjuncts(ast)) {
            if (n instanceof Domain.Const c && !c.value()) {
                return List.of();
            }
            if (!(n instanceof Domain.Leaf leaf) || leaf.path().contains(".")) {
                continue;
            }
            Collection<Integer> set = null;
            if (leaf.path().equals("id")) {
                set = idSet(leaf);
                if (set == null && Values.isInt(leaf.value())) {
                    int v = ((Number) leaf.value()).intValue();
                    if (leaf.op().equals(">")) {
                        rangeAfter = Math.max(rangeAfter, v);
                    } else if (leaf.op().equals(">=")) {
                        rangeAfter = Math.max(rangeAfter, v - 1);
                    }
                }
            } else if (table.indexed(leaf.path())) {
                set = indexSet(table, leaf);
            }
            if (set != null && (best == null || set.size() < best.size())) {
                best = set;
            }
        }
        if (best != null) {
            List<Rec> out = new ArrayList<>(best.size());
            for (Integer id : best instanceof TreeSet ? best : new TreeSet<>(best)) {
                Rec r = table.get(id);
                if (r != null) {
                    out.add(r);
                }
            }
            return out;
        }
        return table.scanAfter(Math.max(rangeAfter, 0));
    }

    private static Collection<Integer> idSet(Domain.Leaf leaf) {
        Object v = leaf.value();
        if (leaf.op().equals("=") && Values.isInt(v)) {
            return Set.of(((Number) v).intValue());
        }
        if (leaf.op().equals("in") && v instanceof List<?> l && l.stream().allMatch(Values::isInt)) {
            TreeSet<Integer> ids = new TreeSet<>();
            l.forEach(o -> ids.add(((Number) o).intValue()));
            return ids;
        }
        return null;
    }

    private static Collection<Integer> indexSet(Table table, Domain.Leaf leaf) {
        Object v = leaf.value();
        if (leaf.op().equals("=") && Values.isInt(v)) {
            return table.lookup(leaf.path(), ((Number) v).intValue());
        }
        if (leaf.op().equals("in") && v instanceof List<?> l && l.stream().allMatch(Values::isInt)) {
            TreeSet<Integer> ids = new TreeSet<>();
            for (Object o : l) {
                ids.addAll(table.lookup(leaf.path(), ((Number) o).intValue()));
            }
            return ids;
        }
        FieldDef field = table.model().field(leaf.path());
        if (field != null && field.type() == FieldType.CHAR && leaf.op().equals("=")) {
            // A text, or False / an empty text, which Odoo reads as "not set" (IS NULL or empty) on a char field.
            if (v instanceof String text && !text.isEmpty()) {
                return table.lookupKey(leaf.path(), text);
            }
            if (Boolean.FALSE.equals(v) || v == null || "".equals(v)) {
                return table.lookupKey(leaf.path(), Table.UNSET);
            }
        }
        return null;
    }
}
