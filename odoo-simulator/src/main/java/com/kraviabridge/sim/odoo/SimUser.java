package com.kraviabridge.sim.odoo;

import com.kraviabridge.sim.odoo.orm.OdooDatabase;
import com.kraviabridge.sim.odoo.orm.Rec;
import com.kraviabridge.sim.odoo.orm.Rights;
import com.kraviabridge.sim.odoo.orm.UserAccount;
import com.kraviabridge.sim.odoo.seed.CompanyRef;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** A user of one database: credentials, API keys, rights per model and allowed companies. */
public final class SimUser {
    /** Models an accountant-like integration user may fully use by default. */
    static final List<String> BUSINESS_MODELS = List.of("res.partner", "res.partner.category", "account.move",
            "account.move.line", "account.payment", "account.partial.reconcile", "account.full.reconcile",
            "mail.message", "account.bank.statement.line", "mail.activity");
    /** Models such a user may read by default. */
    static final List<String> REFERENCE_MODELS = List.of("res.company", "res.currency", "res.currency.rate",
            "res.country", "res.users", "account.account", "account.journal", "account.tax",
            "account.tax.repartition.line", "account.account.tag", "ir.model", "ir.model.fields",
            "mail.message.subtype", "ir.ui.view", "ir.model.data", "mail.activity.type");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final OdooDatabase db;
    private final UserAccount account;
    private final String login;

    SimUser(OdooDatabase db, UserAccount account, String login) {
        this.db = db;
        this.account = account;
        this.login = login;
    }

    public int uid() {
        return account.uid();
    }

    public String login() {
        return login;
    }

    /**
     * Adds an API key that never expires; it works wherever the password does (login, authenticate, execute_kw)
     * and is the only credential JSON-2 takes, as its bearer token.
     */
    public SimUser apiKey(String key) {
        account.addApiKey(key);
        return this;
    }

    /** Adds an API key that stops working at {@code expiresAt} (server time, see {@link SimClock}). */
    public SimUser apiKey(String key, LocalDateTime expiresAt) {
        account.addApiKey(key, expiresAt);
        return this;
    }

    /**
     * Makes a new API key as Preferences, Account Security, New API Key does (40 hexadecimal characters, no
     * expiry) and returns it: Odoo shows a key once, a test hands it to the client under test.
     */
    public String newApiKey() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        String key = HexFormat.of().formatHex(bytes);
        account.addApiKey(key);
        return key;
    }

    /** Every API key of the user, expired ones included. */
    public List<String> apiKeys() {
        return account.apiKeys();
    }

    public SimUser revokeApiKey(String key) {
        account.revokeApiKey(key);
        return this;
    }

    public SimUser password(String password) {
        account.password(password);
        return this;
    }

    public SimUser grant(String model, Operation... ops) {
        account.rights().grant(model, ops);
        return this;
    }

    public SimUser revoke(String model, Operation... ops) {
        account.rights().revoke(model, ops);
        return this;
    }

    /** Everything, including creating custom fields (Administration / Settings). */
    public SimUser admin() {
        account.rights().grantEverything();
        return this;
    }

    /** No rights at all; grant() from there. */
    public SimUser noRights() {
        account.rights().clear();
        return this;
    }

    /** The accountant-like default: full use of business models, read of reference data. */
    public SimUser accountant() {
        Rights r = account.rights();
        r.clear();
        for (String m : BUSINESS_MODELS) {
            r.grant(m, Operation.values());
        }
        for (String m : REFERENCE_MODELS) {
            r.grant(m, Operation.READ);
        }
        return this;
    }

    /** Sets the user's companies; the first is the default company. */
    public SimUser companies(CompanyRef... companies) {
        if (companies.length == 0) {
            throw new IllegalArgumentException("a user needs at least one company");
        }
        List<Integer> ids = new ArrayList<>();
        for (CompanyRef c : companies) {
            ids.add(c.id());
        }
        db.transaction(1, Map.of(), true, env -> {
            Rec user = env.rec("res.users", account.uid());
            env.put(user, "company_id", ids.get(0));
            env.put(user, "company_ids", List.copyOf(new java.util.TreeSet<>(ids)));
            return null;
        });
        return this;
    }

    /** Archives the user: logins return False and calls raise AccessDenied. */
    public SimUser deactivate() {
        return active(false);
    }

    public SimUser activate() {
        return active(true);
    }

    private SimUser active(boolean active) {
        db.transaction(1, Map.of(), true, env -> {
            env.put(env.rec("res.users", account.uid()), "active", active);
            return null;
        });
        return this;
    }
}
