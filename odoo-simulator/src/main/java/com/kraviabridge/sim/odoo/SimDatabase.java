package com.kraviabridge.sim.odoo;

import com.kraviabridge.sim.odoo.data.Directory;
import com.kraviabridge.sim.odoo.orm.CallKw;
import com.kraviabridge.sim.odoo.orm.OdooDatabase;
import com.kraviabridge.sim.odoo.orm.Rec;
import com.kraviabridge.sim.odoo.orm.UserAccount;
import com.kraviabridge.sim.odoo.seed.CompanyRef;
import com.kraviabridge.sim.odoo.seed.Seeder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One simulated database: users, seeding, and superuser access to its data for assertions.
 * Superuser calls run the same ORM code as RPC calls, without access checks and HTTP.
 */
public final class SimDatabase {
    private final OdooDatabase db;
    private final Map<String, SimUser> users = new ConcurrentHashMap<>();
    private final Seeder seeder;

    SimDatabase(OdooDatabase db) {
        this.db = db;
        this.seeder = new Seeder(db);
    }

    public String name() {
        return db.name();
    }

    /** A user of the main company with the accountant default rights. */
    public SimUser addUser(String login, String password) {
        if (users.containsKey(login)) {
            throw new IllegalArgumentException("user " + login + " exists");
        }
        int uid = db.transaction(1, Map.of(), true, env ->
                Directory.createUser(env, login, login, 1, List.of(1), true));
        UserAccount account = new UserAccount(uid, password);
        db.addAccount(account);
        SimUser user = new SimUser(db, account, login).accountant();
        users.put(login, user);
        return user;
    }

    public SimUser user(String login) {
        SimUser u = users.get(login);
        if (u == null) {
            throw new IllegalArgumentException("no user " + login);
        }
        return u;
    }

    /** Company 1, which every database starts with (NOK, Norway, full chart and journals). */
    public CompanyRef mainCompany() {
        return seeder.companyRef(1);
    }

    public Seeder seed() {
        return seeder;
    }

    /**
     * Calls an ORM method as superuser with wire values (as a client would send them) and
     * returns wire values; null stands for Python None.
     */
    public Object execute(String model, String method, List<Object> args, Map<String, Object> kwargs) {
        return CallKw.call(db, 1, model, method, new ArrayList<>(args), kwargs == null ? Map.of() : kwargs, true);
    }

    /**
     * A custom char field on a model, created through {@code ir.model.fields} as an administrator does in Odoo's
     * settings (a manual field, live at once).
     */
    public void addCustomCharField(String model, String name, String label) {
        addCustomCharField(model, name, label, false);
    }

    /** The same, with a database index when {@code indexed}, as {@code index=True} in ir.model.fields makes one. */
    public void addCustomCharField(String model, String name, String label, boolean indexed) {
        List<Integer> models = search("ir.model", List.of(List.of("model", "=", model)));
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("model_id", models.get(0));
        values.put("name", name);
        values.put("field_description", label);
        values.put("ttype", "char");
        values.put("state", "manual");
        values.put("index", indexed);
        execute("ir.model.fields", "create", List.of(values), Map.of());
    }

    /** Ids matching a domain, searched as superuser (no record rules, archived excluded). */
    @SuppressWarnings("unchecked")
    public List<Integer> search(String model, List<Object> domain) {
        return (List<Integer>) execute(model, "search", List.of(domain), Map.of());
    }

    /** One record read as superuser, in read() wire format (many2one as [id, name], etc.). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> read(String model, int id, String... fields) {
        List<Map<String, Object>> rows = (List<Map<String, Object>>) execute(model, "read",
                List.of(List.of(id), List.of(fields)), Map.of());
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(model + " " + id + " does not exist");
        }
        return rows.get(0);
    }

    /** Number of live records of a model, archived ones included. */
    public int count(String model) {
        return db.transaction(1, Map.of(), true, env -> env.table(model).size());
    }

    public boolean exists(String model, int id) {
        return db.transaction(1, Map.of(), true, env -> {
            Rec r = env.rec(model, id);
            return r != null;
        });
    }

    /**
     * The tax report of one company for a period: per tax-report tag name, the balance of the posted journal
     * items carrying it (a line reaches the report only through its tags).
     */
    public Map<String, java.math.BigDecimal> taxReport(int companyId, java.time.LocalDate from,
                                                       java.time.LocalDate to) {
        return db.transaction(1, Map.of(), true,
                env -> com.kraviabridge.sim.odoo.accounting.TaxReport.balances(env, companyId, from, to));
    }

    OdooDatabase internal() {
        return db;
    }
}
