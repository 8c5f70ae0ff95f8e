package com.kraviabridge.sim.odoo.orm;

import com.kraviabridge.sim.odoo.OdooVersion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A search domain parsed from its wire form (prefix notation, implicit AND) into a tree, with
 * the syntax errors {@code normalize_domain} and {@code check_leaf} raise.
 */
public final class Domain {
    private Domain() {
    }

    public sealed interface Node permits And, Or, Not, Leaf, Const {
    }

    public record And(List<Node> children) implements Node {
    }

    public record Or(List<Node> children) implements Node {
    }

    public record Not(Node child) implements Node {
    }

    /** One condition; {@code raw} is the leaf as sent, for error messages. */
    public record Leaf(List<?> raw, String path, String op, Object value) implements Node {
        public String repr() {
            List<Object> shown = new ArrayList<>(raw);
            shown.set(1, op);
            return PyRepr.reprAsTuple(shown);
        }
    }

    public record Const(boolean value) implements Node {
    }

    private static final Set<String> OPERATORS_16 = Set.of("=", "!=", "<=", "<", ">", ">=", "=?", "=like", "=ilike",
            "like", "not like", "ilike", "not ilike", "in", "not in", "child_of", "parent_of");
    private static final Set<String> OPERATORS_17 = union(OPERATORS_16, Set.of("any", "not any"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    public static Node parse(Object wire, OdooVersion version) {
        if (wire == null || Boolean.FALSE.equals(wire)) {
            return new Const(true);
        }
        if (!(wire instanceof List<?> tokens)) {
            throw new OdooError(PyException.ASSERTION_ERROR,
                    "Domains to normalize must have a 'domain' form: a list or tuple of domain components");
        }
        if (tokens.isEmpty()) {
            return new Const(true);
        }
        List<Object> normalized = normalize(tokens);
        int[] pos = {0};
        Node root = build(normalized, pos, version);
        return root;
    }

    /** {@code normalize_domain}: inserts the implicit '&' and checks the operand count. */
    private static List<Object> normalize(List<?> tokens) {
        List<Object> result = new ArrayList<>();
        int expected = 1;
        for (Object token : tokens) {
            if (expected == 0) {
                result.add(0, "&");
                expected = 1;
            }
            if (token instanceof List<?>) {
                expected -= 1;
            } else {
                expected += arity(token) - 1;
            }
            result.add(token);
        }
        if (expected != 0) {
            throw new OdooError(PyException.ASSERTION_ERROR,
                    "This domain is syntactically not correct: " + PyRepr.repr(tokens));
        }
        return result;
    }

    private static int arity(Object token) {
        if ("!".equals(token)) {
            return 1;
        }
        if ("&".equals(token) || "|".equals(token)) {
            return 2;
        }
        return 0;
    }

    private static Node build(List<Object> tokens, int[] pos, OdooVersion version) {
        Object token = tokens.get(pos[0]++);
        if ("&".equals(token) || "|".equals(token)) {
            Node left = build(tokens, pos, version);
            Node right = build(tokens, pos, version);
            List<Node> children = new ArrayList<>();
            boolean and = "&".equals(token);
            for (Node n : List.of(left, right)) {
                if (and && n instanceof And a) {
                    children.addAll(a.children());
                } else if (!and && n instanceof Or o) {
                    children.addAll(o.children());
                } else {
                    children.add(n);
                }
            }
            return and ? new And(children) : new Or(children);
        }
        if ("!".equals(token)) {
            return new Not(build(tokens, pos, version));
        }
        return leaf(token, version);
    }

    private static Node leaf(Object token, OdooVersion version) {
        if (!(token instanceof List<?> raw) || raw.size() != 3) {
            throw invalidLeaf(token);
        }
        Object left = raw.get(0);
        Object opObj = raw.get(1);
        Object right = raw.get(2);
        if (!(opObj instanceof String opRaw)) {
            throw invalidLeaf(token);
        }
        String op = opRaw.toLowerCase(Locale.ROOT);
        if ("<>".equals(op)) {
            op = "!=";
        } else if ("==".equals(op)) {
            op = "=";
        }
        if (Values.isInt(left) && "=".equals(op) && Values.isInt(right)) {
            long l = ((Number) left).longValue();
            long r = ((Number) right).longValue();
            if (r == 1 && (l == 1 || l == 0)) {
                return new Const(l == 1);
            }
        }
        Set<String> ops = version.atLeast(17) ? OPERATORS_17 : OPERATORS_16;
        if (!(left instanceof String path) || path.isEmpty() || !ops.contains(op)) {
            throw invalidLeaf(token);
        }
        return new Leaf(raw, path, op, right);
    }

    private static OdooError invalidLeaf(Object token) {
        String shown = token instanceof List<?> l ? PyRepr.reprAsTuple(l) : PyRepr.repr(token);
        return OdooError.valueError("Invalid leaf " + shown);
    }

    /** The leaves joined by the top-level AND, which the planner may use to pick candidates. */
    public static List<Node> conjuncts(Node root) {
        if (root instanceof And a) {
            return a.children();
        }
        return List.of(root);
    }

    /** Whether a top-level item names the active field (Odoo then skips its implicit filter). */
    public static boolean mentionsTopLevel(Object wire, String field) {
        if (wire instanceof List<?> tokens) {
            for (Object t : tokens) {
                if (t instanceof List<?> l && !l.isEmpty() && field.equals(l.get(0))) {
                    return true;
                }
            }
        }
        return false;
    }
}
