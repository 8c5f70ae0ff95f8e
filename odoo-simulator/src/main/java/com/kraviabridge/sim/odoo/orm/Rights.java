package com.kraviabridge.sim.odoo.orm;

import com.kraviabridge.sim.odoo.Operation;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

/**
 * What a user may do per model, the simulator's stand-in for groups plus ir.model.access.
 * {@code settings} marks an Administration/Settings user, who may also change the schema.
 */
public final class Rights {
    private final Map<String, EnumSet<Operation>> grants = new HashMap<>();
    private boolean everything;

    public synchronized boolean allows(String model, Operation op) {
        if (everything) {
            return true;
        }
        EnumSet<Operation> ops = grants.get(model);
        return ops != null && ops.contains(op);
    }

    public synchronized void grant(String model, Operation... ops) {
        EnumSet<Operation> set = grants.computeIfAbsent(model, m -> EnumSet.noneOf(Operation.class));
        for (Operation op : ops) {
            set.add(op);
        }
    }

    public synchronized void revoke(String model, Operation... ops) {
        if (everything) {
            throw new IllegalStateException("cannot revoke single rights from an administrator; clear() and grant");
        }
        EnumSet<Operation> set = grants.get(model);
        if (set != null) {
            for (Operation op : ops) {
                set.remove(op);
            }
        }
    }

    public synchronized void grantEverything() {
        everything = true;
    }

    public synchronized boolean isAdministrator() {
        return everything;
    }

    public synchronized void clear() {
        everything = false;
        grants.clear();
    }
}
