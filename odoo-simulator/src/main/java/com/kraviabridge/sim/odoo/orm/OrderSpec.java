package com.kraviabridge.sim.odoo.orm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A parsed {@code order} argument, e.g. "write_date asc, id asc". */
final class OrderSpec {
    private static final Pattern VALID = Pattern.compile(
            "^(\\s*([a-z0-9:_]+|\"[a-z0-9:_]+\")(\\s+(desc|asc))?(\\s+nulls\\s+(first|last))?\\s*(,|$))+(?<!,)$",
            Pattern.CASE_INSENSITIVE);

    record Term(FieldDef field, boolean descending, Boolean nullsFirst) {
    }

    private final List<Term> terms;

    private OrderSpec(List<Term> terms) {
        this.terms = terms;
    }

    static OrderSpec parse(ModelDef model, String order) {
        if (!VALID.matcher(order).matches()) {
            throw OdooError.valueError("Invalid \"order\" specified (" + order + ")."
                    + " A valid \"order\" specification is a comma-separated list of valid field names"
                    + " (optionally followed by asc/desc for the direction)");
        }
        List<Term> terms = new ArrayList<>();
        for (String part : order.split(",")) {
            String[] words = part.trim().split("\\s+");
            String name = words[0].replace("\"", "");
            FieldDef f = model.field(name);
            if (f == null) {
                throw OdooError.valueError("Invalid field " + PyRepr.repr(name) + " on model " + PyRepr.repr(model.name()));
            }
            if (!f.store() || f.type().x2many()) {
                // Odoo logs and skips fields that are not columns
                continue;
            }
            boolean desc = words.length > 1 && words[1].toLowerCase(Locale.ROOT).equals("desc");
            Boolean nullsFirst = null;
            if (words.length > 3 && words[words.length - 2].equalsIgnoreCase("nulls")) {
                nullsFirst = words[words.length - 1].equalsIgnoreCase("first");
            }
            terms.add(new Term(f, desc, nullsFirst));
        }
        return new OrderSpec(terms);
    }

    /** Whether the order is plain ascending id, which lets searches stop early. */
    boolean isIdAscending() {
        return terms.size() == 1 && terms.get(0).field.name().equals("id") && !terms.get(0).descending;
    }

    /**
     * PostgreSQL ordering: NULLS LAST ascending, NULLS FIRST descending; ties broken by id so
     * results are stable from call to call.
     */
    Comparator<Rec> comparator(Env env) {
        Comparator<Rec> cmp = null;
        boolean hasId = false;
        for (Term t : terms) {
            hasId |= t.field.name().equals("id");
            Comparator<Rec> c = termComparator(env, t);
            cmp = cmp == null ? c : cmp.thenComparing(c);
        }
        if (!hasId) {
            Comparator<Rec> byId = Comparator.comparingInt(Rec::id);
            cmp = cmp == null ? byId : cmp.thenComparing(byId);
        }
        return cmp;
    }

    private static Comparator<Rec> termComparator(Env env, Term t) {
        boolean nullsFirst = t.nullsFirst != null ? t.nullsFirst : t.descending;
        return (a, b) -> {
            Comparable<Object> x = DomainCompiler.normalize(t.field, env.get(a, t.field));
            Comparable<Object> y = DomainCompiler.normalize(t.field, env.get(b, t.field));
            if (x == null || y == null) {
                if (x == y) {
                    return 0;
                }
                return (x == null) == nullsFirst ? -1 : 1;
            }
            int c = x.compareTo(y);
            return t.descending ? -c : c;
        };
    }
}
