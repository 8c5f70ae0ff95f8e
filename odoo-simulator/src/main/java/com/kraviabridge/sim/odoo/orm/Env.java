package com.kraviabridge.sim.odoo.orm;

import com.kraviabridge.sim.odoo.OdooVersion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What Odoo calls the environment: database, user, context and the current transaction. It is
 * also the single way business code reads and writes field values, so related, computed and
 * one2many fields behave the same everywhere.
 */
public final class Env {
    private final OdooDatabase db;
    private final int uid;
    private final Map<String, Object> context;
    private final Transaction tx;
    private final boolean su;
    private List<Integer> companies;

    Env(OdooDatabase db, int uid, Map<String, Object> context, Transaction tx, boolean su) {
        this.db = db;
        this.uid = uid;
        this.context = context;
        this.tx = tx;
        this.su = su;
    }

    public OdooDatabase db() {
        return db;
    }

    public OdooVersion version() {
        return db.version();
    }

    public int uid() {
        return uid;
    }

    public Map<String, Object> context() {
        return context;
    }

    public Transaction tx() {
        return tx;
    }

    public boolean su() {
        return su;
    }

    public LocalDateTime now() {
        return tx.now();
    }

    public LocalDate today() {
        return tx.now().toLocalDate();
    }

    public Env sudo() {
        return su ? this : new Env(db, uid, context, tx, true);
    }

    public Env withContext(Map<String, Object> extra) {
        Map<String, Object> merged = new HashMap<>(context);
        merged.putAll(extra);
        return new Env(db, uid, merged, tx, su);
    }

    public boolean activeTest() {
        Object v = context.get("active_test");
        return v == null || Values.truthy(v);
    }

    public ModelDef model(String name) {
        return db.registry().model(name);
    }

    public Table table(String model) {
        return db.table(model);
    }

    /** The record, or null when it does not exist (any more). */
    public Rec rec(String model, Integer id) {
        return id == null ? null : db.table(model).get(id);
    }

    public UserAccount account() {
        return db.account(uid);
    }

    // ---- companies -----------------------------------------------------------------------

    /**
     * {@code env.companies}: the context's allowed_company_ids, which must be a subset of the
     * user's companies, else all companies of the user.
     */
    public List<Integer> companies() {
        if (companies == null) {
            List<Integer> userCompanies = userCompanies();
            List<Integer> allowed = Values.intList(context.get("allowed_company_ids"));
            if (!allowed.isEmpty()) {
                if (!su && !Set.copyOf(userCompanies).containsAll(allowed)) {
                    throw OdooError.accessError("Access to unauthorized or invalid companies.");
                }
                companies = allowed;
            } else {
                companies = userCompanies;
            }
        }
        return companies;
    }

    /** {@code env.company}: the first allowed company, else the user's default company. */
    public int company() {
        List<Integer> allowed = Values.intList(context.get("allowed_company_ids"));
        if (!allowed.isEmpty()) {
            companies();
            return allowed.get(0);
        }
        Rec user = rec("res.users", uid);
        Integer c = user == null ? null : id(user, "company_id");
        return c == null ? 1 : c;
    }

    private List<Integer> userCompanies() {
        Rec user = rec("res.users", uid);
        List<Integer> out = new ArrayList<>();
        if (user != null) {
            Integer main = id(user, "company_id");
            if (main != null) {
                out.add(main);
            }
            for (Integer c : ids(user, "company_ids")) {
                if (!out.contains(c)) {
                    out.add(c);
                }
            }
        }
        if (out.isEmpty()) {
            for (Rec c : table("res.company").scan()) {
                if (!out.contains(c.id)) {
                    out.add(c.id);
                }
            }
        }
        return out;
    }

    // ---- reading ---------------------------------------------------------------------------

    public Object get(Rec rec, String field) {
        FieldDef f = rec.model().field(field);
        if (f == null) {
            throw new IllegalArgumentException(rec.model().name() + " has no field " + field);
        }
        return get(rec, f);
    }

    public Object get(Rec rec, FieldDef f) {
        if (f.compute != null) {
            return f.compute.compute(this, rec);
        }
        if (f.related != null) {
            return getRelated(rec, f.related);
        }
        if (f.type == FieldType.ONE2MANY) {
            return oneToMany(rec, f);
        }
        return rec.slot(f.slot);
    }

    private Object getRelated(Rec rec, String path) {
        int dot = path.indexOf('.');
        String head = dot < 0 ? path : path.substring(0, dot);
        if (dot < 0) {
            return get(rec, head);
        }
        Rec target = ref(rec, head);
        return target == null ? null : getRelated(target, path.substring(dot + 1));
    }

    private List<Integer> oneToMany(Rec rec, FieldDef f) {
        Table children = table(f.relation);
        FieldDef inverse = children.model().field(f.inverseName);
        List<Integer> out = new ArrayList<>();
        if (children.indexed(f.inverseName)) {
            for (Integer id : children.lookup(f.inverseName, rec.id)) {
                Rec child = children.get(id);
                if (child != null && (f.lineFilter == null || f.lineFilter.test(this, child))) {
                    out.add(id);
                }
            }
        } else {
            for (Rec child : children.scan()) {
                if (Integer.valueOf(rec.id).equals(get(child, inverse))
                        && (f.lineFilter == null || f.lineFilter.test(this, child))) {
                    out.add(child.id);
                }
            }
        }
        return out;
    }

    public String str(Rec rec, String field) {
        return (String) get(rec, field);
    }

    public Integer id(Rec rec, String field) {
        return (Integer) get(rec, field);
    }

    public BigDecimal dec(Rec rec, String field) {
        Object v = get(rec, field);
        return v == null ? BigDecimal.ZERO : (BigDecimal) v;
    }

    public boolean bool(Rec rec, String field) {
        return Boolean.TRUE.equals(get(rec, field));
    }

    public LocalDate date(Rec rec, String field) {
        return (LocalDate) get(rec, field);
    }

    /** The record a many2one points to, or null. */
    public Rec ref(Rec rec, String field) {
        FieldDef f = rec.model().field(field);
        Integer id = (Integer) get(rec, f);
        return id == null ? null : rec(f.relation, id);
    }

    @SuppressWarnings("unchecked")
    public List<Integer> ids(Rec rec, String field) {
        Object v = get(rec, field);
        return v == null ? List.of() : (List<Integer>) v;
    }

    /** The live records of an x2many field. */
    public List<Rec> refs(Rec rec, String field) {
        FieldDef f = rec.model().field(field);
        List<Rec> out = new ArrayList<>();
        for (Integer id : ids(rec, field)) {
            Rec r = rec(f.relation, id);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    public String displayName(Rec rec) {
        ModelDef m = rec.model();
        if (m.displayNamer != null) {
            return m.displayNamer.name(this, rec);
        }
        if (m.recName != null && m.hasField(m.recName)) {
            Object v = get(rec, m.recName);
            return v == null ? null : v.toString();
        }
        return m.name + "," + rec.id;
    }

    // ---- writing ---------------------------------------------------------------------------

    /**
     * Stores an internal value. Like Odoo's {@code _write}, any stored change stamps
     * write_date/write_uid with the transaction time; related fields write through to their
     * target unless they are read-only (Odoo gives those no inverse); values of computed fields
     * without storage are ignored.
     */
    public void put(Rec rec, String field, Object value) {
        FieldDef f = rec.model().field(field);
        if (f == null) {
            throw new IllegalArgumentException(rec.model().name() + " has no field " + field);
        }
        put(rec, f, value);
    }

    public void put(Rec rec, FieldDef f, Object value) {
        if (f.related != null) {
            if (f.readonly) {
                return;
            }
            int dot = f.related.lastIndexOf('.');
            Rec target = dot < 0 ? rec : followToOwner(rec, f.related.substring(0, dot));
            if (target != null) {
                put(target, f.related.substring(dot + 1), value);
            }
            return;
        }
        if (!f.physical()) {
            return;
        }
        rec.table().set(tx, rec, f, value);
        touch(rec);
    }

    private Rec followToOwner(Rec rec, String path) {
        Rec cur = rec;
        for (String part : path.split("\\.")) {
            cur = ref(cur, part);
            if (cur == null) {
                return null;
            }
        }
        return cur;
    }

    /**
     * Stores a recomputed value only when it differs, so that only records whose stored
     * computed fields really change get a new write_date.
     */
    public boolean update(Rec rec, String field, Object value) {
        Object old = get(rec, field);
        boolean same = old instanceof java.math.BigDecimal a && value instanceof java.math.BigDecimal b
                ? a.compareTo(b) == 0
                : java.util.Objects.equals(old, value);
        if (!same) {
            put(rec, field, value);
        }
        return !same;
    }

    /** Stamps write_date/write_uid as a recomputation or write would. */
    public void touch(Rec rec) {
        ModelDef m = rec.model();
        FieldDef wd = m.field("write_date");
        if (wd == null || !wd.physical()) {
            return;
        }
        if (!tx.now().equals(rec.slot(wd.slot))) {
            rec.table().set(tx, rec, wd, tx.now());
            rec.table().set(tx, rec, m.field("write_uid"), uid);
        }
    }

    /** Overrides a magic date, for seeding history; bypasses touch(). */
    public void putRaw(Rec rec, String field, Object value) {
        FieldDef f = rec.model().field(field);
        rec.table().set(tx, rec, f, value);
    }

    /** Inserts a bare record with its log-access columns; fields are set by the caller. */
    public Rec insert(String model) {
        Table t = table(model);
        Rec rec = t.insert(tx);
        ModelDef m = t.model();
        for (FieldDef f : m.fields()) {
            if (f.physical() && f.defaultValue != null) {
                t.set(tx, rec, f, f.defaultValue.apply(this));
            }
        }
        if (m.hasField("create_date")) {
            t.set(tx, rec, m.field("create_date"), tx.now());
            t.set(tx, rec, m.field("create_uid"), uid);
            t.set(tx, rec, m.field("write_date"), tx.now());
            t.set(tx, rec, m.field("write_uid"), uid);
        }
        return rec;
    }

    /** Removes a record; references to it are the caller's business (see Orm.unlink). */
    public void delete(Rec rec) {
        rec.table().delete(tx, rec);
    }
}
