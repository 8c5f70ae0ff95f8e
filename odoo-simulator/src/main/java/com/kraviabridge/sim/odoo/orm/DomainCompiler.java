package com.kraviabridge.sim.odoo.orm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Turns a parsed domain into a predicate over records with the SQL semantics Odoo's
 * {@code expression.py} produces: NULLs never satisfy positive comparisons, negative operators
 * (!=, not in, not like, not ilike) also accept NULL, dotted many2one paths behave like
 * {@code field in (subsearch)}, x2many comparisons mean "any linked record".
 */
final class DomainCompiler {
    private final Env env;

    DomainCompiler(Env env) {
        this.env = env;
    }

    Predicate<Rec> compile(Domain.Node node, ModelDef model) {
        if (node instanceof Domain.Const c) {
            return c.value() ? r -> true : r -> false;
        }
        if (node instanceof Domain.And a) {
            List<Predicate<Rec>> parts = compileAll(a.children(), model);
            return r -> {
                for (Predicate<Rec> p : parts) {
                    if (!p.test(r)) {
                        return false;
                    }
                }
                return true;
            };
        }
        if (node instanceof Domain.Or o) {
            List<Predicate<Rec>> parts = compileAll(o.children(), model);
            return r -> {
                for (Predicate<Rec> p : parts) {
                    if (p.test(r)) {
                        return true;
                    }
                }
                return false;
            };
        }
        if (node instanceof Domain.Not n) {
            return compile(n.child(), model).negate();
        }
        Domain.Leaf leaf = (Domain.Leaf) node;
        return path(model, leaf.path().split("\\."), 0, leaf);
    }

    private List<Predicate<Rec>> compileAll(List<Domain.Node> nodes, ModelDef model) {
        List<Predicate<Rec>> out = new ArrayList<>();
        for (Domain.Node n : nodes) {
            out.add(compile(n, model));
        }
        return out;
    }

    private OdooError invalidField(ModelDef model, String field, Domain.Leaf leaf) {
        String where = env.version().atLeast(19) ? " in condition " : " in leaf ";
        return OdooError.valueError("Invalid field " + model.name() + "." + field + where + leaf.repr());
    }

    private Predicate<Rec> path(ModelDef model, String[] path, int i, Domain.Leaf leaf) {
        FieldDef f = model.field(path[i]);
        if (f == null) {
            throw invalidField(model, path[i], leaf);
        }
        if (i == path.length - 1) {
            return terminal(model, f, leaf.op(), leaf.value(), leaf);
        }
        if (!f.type.relational()) {
            throw invalidField(model, path[i] + "." + path[i + 1], leaf);
        }
        ModelDef comodel = env.model(f.relation);
        Predicate<Rec> sub = path(comodel, path, i + 1, leaf);
        if (f.type == FieldType.MANY2ONE) {
            return r -> {
                Integer id = (Integer) env.get(r, f);
                Rec target = id == null ? null : env.rec(f.relation, id);
                return target != null && sub.test(target);
            };
        }
        return r -> anyLinked(r, f, sub);
    }

    private boolean anyLinked(Rec r, FieldDef f, Predicate<Rec> sub) {
        for (Integer id : linked(r, f)) {
            Rec target = env.rec(f.relation, id);
            if (target != null && sub.test(target)) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private List<Integer> linked(Rec r, FieldDef f) {
        Object v = env.get(r, f);
        return v == null ? List.of() : (List<Integer>) v;
    }

    private Predicate<Rec> terminal(ModelDef model, FieldDef f, String op, Object value, Domain.Leaf leaf) {
        if ("=?".equals(op)) {
            if (Values.unset(value)) {
                return r -> true;
            }
            op = "=";
        }
        if ("child_of".equals(op) || "parent_of".equals(op)) {
            ModelDef target = f.type.relational() ? env.model(f.relation) : model;
            Set<Integer> ids = hierarchy(target, value, "child_of".equals(op));
            return terminal(model, f, "in", new ArrayList<>(ids), leaf);
        }
        if ("any".equals(op) || "not any".equals(op)) {
            if (!f.type.relational()) {
                throw OdooError.valueError("Invalid operator " + PyRepr.repr(op) + " on non-relational field "
                        + model.name() + "." + f.name);
            }
            Predicate<Rec> sub = compile(Domain.parse(value, env.version()), env.model(f.relation));
            Predicate<Rec> any = f.type == FieldType.MANY2ONE
                    ? r -> {
                        Rec t = env.rec(f.relation, (Integer) env.get(r, f));
                        return t != null && sub.test(t);
                    }
                    : r -> anyLinked(r, f, sub);
            return "any".equals(op) ? any : any.negate();
        }
        if (f.type == FieldType.MANY2ONE) {
            return manyToOne(f, op, value);
        }
        if (f.type.x2many()) {
            return toMany(f, op, value);
        }
        return scalar(f, op, value);
    }

    // ---- many2one ------------------------------------------------------------------------

    private Predicate<Rec> manyToOne(FieldDef f, String op, Object value) {
        if (isNameMatch(op, value)) {
            Predicate<Rec> named = nameMatch(f.relation, positive(op), value);
            Predicate<Rec> hit = r -> {
                Integer id = (Integer) env.get(r, f);
                Rec t = id == null ? null : env.rec(f.relation, id);
                return t != null && named.test(t);
            };
            return negative(op) ? hit.negate() : hit;
        }
        return idComparison(op, value, r -> (Integer) env.get(r, f));
    }

    private static boolean isNameMatch(String op, Object value) {
        if (op.contains("like")) {
            return true;
        }
        if (value instanceof String) {
            return true;
        }
        if (value instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof String) {
                    return true;
                }
            }
        }
        return false;
    }

    private Predicate<Rec> nameMatch(String model, String op, Object value) {
        if ("in".equals(op) || "=".equals(op)) {
            Set<String> names = new HashSet<>();
            if (value instanceof List<?> l) {
                l.forEach(o -> names.add(String.valueOf(o)));
            } else {
                names.add(String.valueOf(value));
            }
            return t -> names.contains(env.sudo().displayName(t));
        }
        Pattern p = likePattern(op, String.valueOf(value));
        return t -> {
            String n = env.sudo().displayName(t);
            return n != null && p.matcher(n).matches();
        };
    }

    private Predicate<Rec> idComparison(String op, Object value, java.util.function.Function<Rec, Integer> get) {
        switch (op) {
            case "=" -> {
                if (Values.unset(value)) {
                    return r -> get.apply(r) == null;
                }
                int id = Values.sqlInteger(value);
                return r -> {
                    Integer v = get.apply(r);
                    return v != null && v == id;
                };
            }
            case "!=" -> {
                if (Values.unset(value)) {
                    return r -> get.apply(r) != null;
                }
                int id = Values.sqlInteger(value);
                return r -> {
                    Integer v = get.apply(r);
                    return v == null || v != id;
                };
            }
            case "in", "not in" -> {
                Collection<?> items = asCollection(value);
                boolean withNull = items.stream().anyMatch(Values::unset);
                Set<Integer> ids = new HashSet<>();
                for (Object o : items) {
                    if (!Values.unset(o)) {
                        ids.add(Values.sqlInteger(o));
                    }
                }
                Predicate<Rec> in = r -> {
                    Integer v = get.apply(r);
                    return v == null ? withNull : ids.contains(v);
                };
                return "in".equals(op) ? in : in.negate();
            }
            default -> {
                if (Values.unset(value)) {
                    return r -> false;
                }
                long bound = Values.sqlInteger(value);
                return r -> {
                    Integer v = get.apply(r);
                    return v != null && compareOp(op, Long.compare(v, bound));
                };
            }
        }
    }

    // ---- one2many / many2many -----------------------------------------------------------

    private Predicate<Rec> toMany(FieldDef f, String op, Object value) {
        if (isNameMatch(op, value)) {
            Predicate<Rec> named = nameMatch(f.relation, positive(op), value);
            Predicate<Rec> any = r -> anyLinked(r, f, named);
            return negative(op) ? any.negate() : any;
        }
        switch (op) {
            case "=", "!=" -> {
                if (Values.unset(value)) {
                    Predicate<Rec> empty = r -> linked(r, f).isEmpty();
                    return "=".equals(op) ? empty : empty.negate();
                }
                int id = Values.sqlInteger(value);
                Predicate<Rec> has = r -> linked(r, f).contains(id);
                return "=".equals(op) ? has : has.negate();
            }
            case "in", "not in" -> {
                Set<Integer> ids = new HashSet<>();
                boolean withEmpty = false;
                for (Object o : asCollection(value)) {
                    if (Values.unset(o)) {
                        withEmpty = true;
                    } else {
                        ids.add(Values.sqlInteger(o));
                    }
                }
                boolean matchEmpty = withEmpty;
                Predicate<Rec> any = r -> {
                    List<Integer> l = linked(r, f);
                    if (l.isEmpty()) {
                        return matchEmpty;
                    }
                    for (Integer id : l) {
                        if (ids.contains(id)) {
                            return true;
                        }
                    }
                    return false;
                };
                return "in".equals(op) ? any : any.negate();
            }
            default -> {
                if (Values.unset(value)) {
                    return r -> false;
                }
                long bound = Values.sqlInteger(value);
                return r -> {
                    for (Integer id : linked(r, f)) {
                        if (compareOp(op, Long.compare(id, bound))) {
                            return true;
                        }
                    }
                    return false;
                };
            }
        }
    }

    // ---- scalar fields -------------------------------------------------------------------

    private Predicate<Rec> scalar(FieldDef f, String op, Object value) {
        if (op.contains("like")) {
            Pattern p = likePattern(op, value instanceof String s ? s : Values.unset(value) ? "" : String.valueOf(value));
            Predicate<Rec> match = r -> {
                String text = asText(f, env.get(r, f));
                return text != null && p.matcher(text).matches();
            };
            if (negative(op)) {
                return r -> {
                    String text = asText(f, env.get(r, f));
                    return text == null || !p.matcher(text).matches();
                };
            }
            return match;
        }
        switch (op) {
            case "=" -> {
                if (Values.unset(value) && f.type != FieldType.BOOLEAN) {
                    return r -> env.get(r, f) == null;
                }
                Comparable<Object> rhs = literal(f, value);
                return r -> {
                    Comparable<Object> lhs = normalize(f, env.get(r, f));
                    return lhs != null && lhs.compareTo(rhs) == 0;
                };
            }
            case "!=" -> {
                if (Values.unset(value) && f.type != FieldType.BOOLEAN) {
                    return r -> env.get(r, f) != null;
                }
                Comparable<Object> rhs = literal(f, value);
                return r -> {
                    Comparable<Object> lhs = normalize(f, env.get(r, f));
                    return lhs == null || lhs.compareTo(rhs) != 0;
                };
            }
            case "in", "not in" -> {
                Collection<?> items = asCollection(value);
                boolean withNull = false;
                List<Comparable<Object>> rhs = new ArrayList<>();
                for (Object o : items) {
                    if (Values.unset(o) && f.type != FieldType.BOOLEAN) {
                        withNull = true;
                    } else {
                        rhs.add(literal(f, o));
                    }
                }
                boolean nullMatches = withNull;
                Predicate<Rec> in = r -> {
                    Comparable<Object> lhs = normalize(f, env.get(r, f));
                    if (lhs == null) {
                        return nullMatches;
                    }
                    for (Comparable<Object> c : rhs) {
                        if (lhs.compareTo(c) == 0) {
                            return true;
                        }
                    }
                    return false;
                };
                return "in".equals(op) ? in : in.negate();
            }
            default -> {
                if (Values.unset(value) && f.type != FieldType.BOOLEAN) {
                    return r -> false;
                }
                Comparable<Object> rhs = literal(f, value);
                return r -> {
                    Comparable<Object> lhs = normalize(f, env.get(r, f));
                    return lhs != null && compareOp(op, lhs.compareTo(rhs));
                };
            }
        }
    }

    /** A stored value as a comparable; booleans count NULL as false, as Odoo's SQL does. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Comparable<Object> normalize(FieldDef f, Object v) {
        if (f.type == FieldType.BOOLEAN) {
            return (Comparable) Boolean.valueOf(Boolean.TRUE.equals(v));
        }
        if (v == null) {
            return null;
        }
        if (v instanceof Integer i) {
            return (Comparable) BigDecimal.valueOf(i);
        }
        if (v instanceof Double d) {
            return (Comparable) BigDecimal.valueOf(d);
        }
        return (Comparable<Object>) v;
    }

    /** A domain literal converted the way PostgreSQL would cast it for the column's type. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Comparable<Object> literal(FieldDef f, Object value) {
        switch (f.type) {
            case BOOLEAN -> {
                return (Comparable) Boolean.valueOf(Values.truthy(value));
            }
            case INTEGER -> {
                return (Comparable) Values.decimal(Values.withinIntegerRange(value));
            }
            case FLOAT, MONETARY -> {
                return (Comparable) Values.decimal(value);
            }
            case DATE -> {
                return (Comparable) OdooDates.sqlDate(value, "date");
            }
            case DATETIME -> {
                return (Comparable) OdooDates.sqlDatetime(value);
            }
            default -> {
                return (Comparable) (value instanceof Double d ? PyFloat.repr(d) : String.valueOf(value));
            }
        }
    }

    private static String asText(FieldDef f, Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof LocalDateTime dt) {
            return dt.toString().replace('T', ' ');
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        if (v instanceof Double d) {
            return PyFloat.repr(d);
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Boolean b) {
            return b ? "true" : "false";
        }
        return v.toString();
    }

    private static boolean compareOp(String op, int cmp) {
        return switch (op) {
            case "<" -> cmp < 0;
            case "<=" -> cmp <= 0;
            case ">" -> cmp > 0;
            case ">=" -> cmp >= 0;
            default -> throw new IllegalStateException(op);
        };
    }

    private static boolean negative(String op) {
        return op.equals("!=") || op.startsWith("not ");
    }

    private static String positive(String op) {
        return switch (op) {
            case "!=" -> "=";
            case "not in" -> "in";
            case "not like" -> "like";
            case "not ilike" -> "ilike";
            default -> op;
        };
    }

    private static Collection<?> asCollection(Object value) {
        if (value instanceof Collection<?> c) {
            return c;
        }
        List<Object> single = new ArrayList<>();
        single.add(value);
        return single;
    }

    /** SQL LIKE semantics: % and _ are wildcards, backslash escapes; like/ilike add % around. */
    static Pattern likePattern(String op, String value) {
        String pattern = op.startsWith("=") ? value : "%" + value + "%";
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                re.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '%') {
                re.append(".*");
            } else if (c == '_') {
                re.append('.');
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        int flags = Pattern.DOTALL;
        if (op.contains("ilike")) {
            flags |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        }
        return Pattern.compile(re.toString(), flags);
    }

    /** Ids of the given records plus their descendants (child_of) or ancestors (parent_of). */
    private Set<Integer> hierarchy(ModelDef model, Object value, boolean descendants) {
        Set<Integer> start = new HashSet<>();
        Table table = env.table(model.name());
        for (Object o : asCollection(value)) {
            if (o instanceof String name) {
                for (Rec r : table.scan()) {
                    if (name.equals(env.sudo().displayName(r))) {
                        start.add(r.id);
                    }
                }
            } else if (!Values.unset(o)) {
                start.add(Values.pyInt(o));
            }
        }
        String parent = model.parentField();
        if (parent == null || !model.hasField(parent)) {
            return start;
        }
        Set<Integer> result = new HashSet<>(start);
        if (descendants) {
            Deque<Integer> frontier = new ArrayDeque<>(start);
            while (!frontier.isEmpty()) {
                Set<Integer> level = new HashSet<>(frontier);
                frontier.clear();
                for (Rec r : table.scan()) {
                    Integer p = (Integer) env.get(r, parent);
                    if (p != null && level.contains(p) && result.add(r.id)) {
                        frontier.add(r.id);
                    }
                }
            }
        } else {
            for (Integer id : start) {
                Rec r = table.get(id);
                while (r != null) {
                    Integer p = (Integer) env.get(r, parent);
                    if (p == null || !result.add(p)) {
                        break;
                    }
                    r = table.get(p);
                }
            }
        }
        return result;
    }
}
