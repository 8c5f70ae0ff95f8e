package com.kraviabridge.sim.odoo.orm;

import com.kraviabridge.sim.odoo.OdooVersion;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One simulated database: its registry, tables, users and the lock that serialises
 * transactions. Serial execution is what a single Odoo worker with SERIALIZABLE isolation
 * looks like from outside; concurrency failures are injected instead of emerging.
 */
public final class OdooDatabase {
    private final String name;
    private final OdooVersion version;
    private final Registry registry;
    private final Supplier<LocalDateTime> clock;
    private final Map<String, Table> tables = new HashMap<>();
    private final Map<Integer, UserAccount> accounts = new ConcurrentHashMap<>();
    private final ReentrantLock lock = new ReentrantLock(true);
    private final Map<String, ModelHooks> hooks = new HashMap<>();
    private final List<Consumer<Env>> flushers = new ArrayList<>();
    private final MethodTable methods;
    private final Map<String, Integer> sequences = new HashMap<>();
    private final Map<Class<?>, Object> extensions = new ConcurrentHashMap<>();
    private volatile WorkMeter meter = WorkMeter.NONE;

    /** Hears of the work of every remote call, inside its transaction: the simulator charges Odoo's time there. */
    @FunctionalInterface
    public interface WorkMeter {
        WorkMeter NONE = (model, method, rows) -> { };

        void worked(String model, String method, int rows);
    }

    public OdooDatabase(String name, OdooVersion version, Registry registry, MethodTable methods,
                        Supplier<LocalDateTime> clock) {
        this.name = name;
        this.version = version;
        this.registry = registry;
        this.methods = methods;
        this.clock = clock;
        for (ModelDef m : registry.models()) {
            tables.put(m.name, new Table(m));
        }
    }

    public void meter(WorkMeter meter) {
        this.meter = meter == null ? WorkMeter.NONE : meter;
    }

    WorkMeter meter() {
        return meter;
    }

    public String name() {
        return name;
    }

    public OdooVersion version() {
        return version;
    }

    public Registry registry() {
        return registry;
    }

    public MethodTable methods() {
        return methods;
    }

    public Table table(String model) {
        Table t = tables.get(model);
        if (t == null) {
            throw new IllegalArgumentException("unknown model " + model);
        }
        return t;
    }

    public void addHooks(String model, ModelHooks modelHooks) {
        hooks.put(model, modelHooks);
    }

    public ModelHooks hooks(String model) {
        return hooks.getOrDefault(model, NO_HOOKS);
    }

    /** Work to finish at the end of every top-level ORM call (totals, balance checks...). */
    public void addFlusher(Consumer<Env> flusher) {
        flushers.add(flusher);
    }

    void flush(Env env) {
        for (Consumer<Env> f : flushers) {
            f.accept(env);
        }
    }

    public void addAccount(UserAccount account) {
        accounts.put(account.uid(), account);
    }

    public UserAccount account(int uid) {
        return accounts.get(uid);
    }

    /** The account owning this live API key, or null. */
    public UserAccount accountWithApiKey(String key) {
        LocalDateTime now = clock.get();
        for (UserAccount account : accounts.values()) {
            if (account.acceptsApiKey(key, now)) {
                return account;
            }
        }
        return null;
    }

    /** The server's current time, as transactions see it. */
    public LocalDateTime now() {
        return clock.get();
    }

    /** Per-database state owned by another package (e.g. the chart's default accounts). */
    @SuppressWarnings("unchecked")
    public <T> T extension(Class<T> type, Supplier<T> create) {
        return (T) extensions.computeIfAbsent(type, k -> create.get());
    }

    /** Next number of a named gapless sequence; given back if the transaction rolls back. */
    public int nextSequence(Transaction tx, String key) {
        int next = sequences.getOrDefault(key, 0) + 1;
        sequences.put(key, next);
        tx.onRollback(() -> sequences.put(key, next - 1));
        return next;
    }

    /** Makes a custom field live in this database's registry and storage. */
    public void addField(Transaction tx, ModelDef model, FieldDef field) {
        model.add(field);
        table(model.name).ensureIndex(field);
        tx.onRollback(() -> model.remove(field.name));
    }

    public void removeField(Transaction tx, ModelDef model, FieldDef field) {
        model.remove(field.name);
        tx.onRollback(() -> model.restore(field));
    }

    /**
     * Runs {@code work} as one transaction: everything it changed is undone if it throws.
     */
    public <T> T transaction(int uid, Map<String, Object> context, boolean superuser, Function<Env, T> work) {
        lock.lock();
        try {
            Transaction tx = new Transaction(clock.get());
            Env env = new Env(this, uid, context == null ? Map.of() : context, tx, superuser);
            try {
                T result = work.apply(env);
                flush(env);
                return result;
            } catch (RuntimeException | Error e) {
                tx.rollback();
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    private static final ModelHooks NO_HOOKS = new ModelHooks() {
    };
}
