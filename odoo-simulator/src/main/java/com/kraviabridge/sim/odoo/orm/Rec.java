package com.kraviabridge.sim.odoo.orm;

/** One stored record: its id and the values of its physical fields, by slot. */
public final class Rec {
    final Table table;
    final int id;
    private Object[] values;

    Rec(Table table, int id, int slots) {
        this.table = table;
        this.id = id;
        this.values = new Object[Math.max(slots, 1)];
    }

    public int id() {
        return id;
    }

    public ModelDef model() {
        return table.model();
    }

    public Table table() {
        return table;
    }

    @Override
    public String toString() {
        return table.model().name() + "(" + id + ",)";
    }

    Object slot(int slot) {
        return slot < values.length ? values[slot] : null;
    }

    void slot(int slot, Object value) {
        if (slot >= values.length) {
            values = java.util.Arrays.copyOf(values, slot + 4);
        }
        values[slot] = value;
    }
}
