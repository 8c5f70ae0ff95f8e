package com.kraviabridge.sim.odoo.orm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rows of one model. Ids come from a per-table counter that, like a PostgreSQL sequence, is
 * not given back on rollback. Indexed fields get a reverse index, which keeps one2many reads and
 * {@code field in ids} searches from scanning the table: integer values (typically many2one foreign
 * keys such as {@code move_id}) and, for char fields (an {@code index=True} custom field, say), their
 * text, with an unset or empty text under {@link #UNSET} so that {@code field = False} is a lookup too,
 * as a PostgreSQL b-tree serves {@code IS NULL}.
 */
public final class Table {
    private final ModelDef model;
    private final ArrayList<Rec> rows = new ArrayList<>();
    /** The key of a char field's unset or empty value. */
    public static final Object UNSET = new Object() {
        @Override
        public String toString() {
            return "UNSET";
        }
    };

    private final Map<String, Map<Object, Set<Integer>>> indexes = new HashMap<>();
    private int live;

    Table(ModelDef model) {
        this.model = model;
        for (FieldDef f : model.fields()) {
            if (f.indexed && f.physical()) {
                indexes.put(f.name, new HashMap<>());
            }
        }
    }

    public ModelDef model() {
        return model;
    }

    public int size() {
        return live;
    }

    public int maxId() {
        return rows.size();
    }

    public Rec get(int id) {
        if (id <= 0 || id > rows.size()) {
            return null;
        }
        return rows.get(id - 1);
    }

    public boolean exists(int id) {
        return get(id) != null;
    }

    Rec insert(Transaction tx) {
        Rec rec = new Rec(this, rows.size() + 1, model.slotCount());
        rows.add(rec);
        live++;
        // A new row is in every index of its unset values now (a char field's UNSET); the values written
        // next move it on, field by field.
        indexAll(rec);
        tx.onRollback(() -> {
            rows.set(rec.id - 1, null);
            live--;
            unindexAll(rec);
        });
        return rec;
    }

    void set(Transaction tx, Rec rec, FieldDef field, Object value) {
        Object old = rec.slot(field.slot);
        if (old == value) {
            return;
        }
        rec.slot(field.slot, value);
        Map<Object, Set<Integer>> index = indexes.get(field.name);
        if (index != null) {
            unindex(index, field, old, rec.id);
            index(index, field, value, rec.id);
        }
        tx.onRollback(() -> {
            rec.slot(field.slot, old);
            if (index != null) {
                unindex(index, field, value, rec.id);
                index(index, field, old, rec.id);
            }
        });
    }

    void delete(Transaction tx, Rec rec) {
        if (get(rec.id) != rec) {
            return;
        }
        rows.set(rec.id - 1, null);
        live--;
        unindexAll(rec);
        tx.onRollback(() -> {
            rows.set(rec.id - 1, rec);
            live++;
            indexAll(rec);
        });
    }

    /** Registers an index for a field added after the table was built (custom fields). */
    void ensureIndex(FieldDef field) {
        if (field.indexed && field.physical() && !indexes.containsKey(field.name)) {
            Map<Object, Set<Integer>> index = new HashMap<>();
            indexes.put(field.name, index);
            for (Rec r : scan()) {
                index(index, field, r.slot(field.slot), r.id);
            }
        }
    }

    public boolean indexed(String fieldName) {
        return indexes.containsKey(fieldName);
    }

    /** Ids whose indexed field equals {@code value}, ascending. */
    public Set<Integer> lookup(String fieldName, Integer value) {
        return lookupKey(fieldName, value);
    }

    /**
     * Ids whose indexed field has this key (an integer, a text, or {@link #UNSET}), ascending; those whose field
     * has a value of another kind are not in any key, so the caller must know the field's kind.
     */
    public Set<Integer> lookupKey(String fieldName, Object value) {
        Map<Object, Set<Integer>> index = indexes.get(fieldName);
        if (index == null) {
            throw new IllegalStateException("no index on " + model.name + "." + fieldName);
        }
        Set<Integer> ids = index.get(value);
        return ids == null ? Collections.emptySet() : Collections.unmodifiableSet(ids);
    }

    /** Live records in ascending id order. */
    public Iterable<Rec> scan() {
        return scanAfter(0);
    }

    /** Live records with an id greater than {@code afterId}, ascending. */
    public Iterable<Rec> scanAfter(int afterId) {
        return () -> new Iterator<>() {
            int next = Math.max(afterId, 0);
            Rec pending = advance();

            private Rec advance() {
                while (next < rows.size()) {
                    Rec r = rows.get(next++);
                    if (r != null) {
                        return r;
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return pending != null;
            }

            @Override
            public Rec next() {
                if (pending == null) {
                    throw new NoSuchElementException();
                }
                Rec r = pending;
                pending = advance();
                return r;
            }
        };
    }

    /** Live records with an id below {@code beforeId}, descending. */
    public Iterable<Rec> scanDescending(int beforeId) {
        List<Rec> out = new ArrayList<>();
        for (int i = Math.min(beforeId - 1, rows.size()); i >= 1; i--) {
            Rec r = rows.get(i - 1);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    private void indexAll(Rec rec) {
        for (Map.Entry<String, Map<Object, Set<Integer>>> e : indexes.entrySet()) {
            FieldDef f = model.field(e.getKey());
            if (f != null) {
                index(e.getValue(), f, rec.slot(f.slot), rec.id);
            }
        }
    }

    private void unindexAll(Rec rec) {
        for (Map.Entry<String, Map<Object, Set<Integer>>> e : indexes.entrySet()) {
            FieldDef f = model.field(e.getKey());
            if (f != null) {
                unindex(e.getValue(), f, rec.slot(f.slot), rec.id);
            }
        }
    }

    /** The key a value is indexed under, or null when it is not indexed (an unset foreign key, say). */
    static Object keyOf(FieldDef field, Object value) {
        if (value instanceof Integer key) {
            return key;
        }
        if (field.type == FieldType.CHAR) {
            return value instanceof String text && !text.isEmpty() ? text : UNSET;
        }
        return null;
    }

    private static void index(Map<Object, Set<Integer>> index, FieldDef field, Object value, int id) {
        Object key = keyOf(field, value);
        if (key != null) {
            index.computeIfAbsent(key, k -> new TreeSet<>()).add(id);
        }
    }

    private static void unindex(Map<Object, Set<Integer>> index, FieldDef field, Object value, int id) {
        Object key = keyOf(field, value);
        if (key != null) {
            Set<Integer> ids = index.get(key);
            if (ids != null) {
                ids.remove(id);
                if (ids.isEmpty()) {
                    index.remove(key);
                }
            }
        }
    }
}
