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
 * not given back on rollback. Integer-valued indexed fields (typically many2one foreign keys such
 * as {@code move_id}) get a reverse index, which keeps one2many reads and {@code field in ids}
 * searches from scanning the table.
 */
public final class Table {
    private final ModelDef model;
    private final ArrayList<Rec> rows = new ArrayList<>();
    private final Map<String, Map<Integer, Set<Integer>>> indexes = new HashMap<>();
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
        Map<Integer, Set<Integer>> index = indexes.get(field.name);
        if (index != null) {
            unindex(index, old, rec.id);
            index(index, value, rec.id);
        }
        tx.onRollback(() -> {
            rec.slot(field.slot, old);
            if (index != null) {
                unindex(index, value, rec.id);
                index(index, old, rec.id);
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
            Map<Integer, Set<Integer>> index = new HashMap<>();
            indexes.put(field.name, index);
            for (Rec r : scan()) {
                index(index, r.slot(field.slot), r.id);
            }
        }
    }

    public boolean indexed(String fieldName) {
        return indexes.containsKey(fieldName);
    }

    /** Ids whose indexed field equals {@code value}, ascending. */
    public Set<Integer> lookup(String fieldName, Integer value) {
        Map<Integer, Set<Integer>> index = indexes.get(fieldName);
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
        for (Map.Entry<String, Map<Integer, Set<Integer>>> e : indexes.entrySet()) {
            FieldDef f = model.field(e.getKey());
            if (f != null) {
                index(e.getValue(), rec.slot(f.slot), rec.id);
            }
        }
    }

    private void unindexAll(Rec rec) {
        for (Map.Entry<String, Map<Integer, Set<Integer>>> e : indexes.entrySet()) {
            FieldDef f = model.field(e.getKey());
            if (f != null) {
                unindex(e.getValue(), rec.slot(f.slot), rec.id);
            }
        }
    }

    private static void index(Map<Integer, Set<Integer>> index, Object value, int id) {
        if (value instanceof Integer key) {
            index.computeIfAbsent(key, k -> new TreeSet<>()).add(id);
        }
    }

    private static void unindex(Map<Integer, Set<Integer>> index, Object value, int id) {
        if (value instanceof Integer key) {
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
