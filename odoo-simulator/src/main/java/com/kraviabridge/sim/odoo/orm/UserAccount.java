package com.kraviabridge.sim.odoo.orm;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/** Credentials and rights of one res.users record; the record itself holds login and companies. */
public final class UserAccount {
    private final int uid;
    private volatile String password;
    private final Set<String> apiKeys = new CopyOnWriteArraySet<>();
    private final Rights rights = new Rights();

    public UserAccount(int uid, String password) {
        this.uid = uid;
        this.password = password;
    }

    public int uid() {
        return uid;
    }

    public Rights rights() {
        return rights;
    }

    public void password(String newPassword) {
        this.password = newPassword;
    }

    public void addApiKey(String key) {
        apiKeys.add(key);
    }

    public void revokeApiKey(String key) {
        apiKeys.remove(key);
    }

    /** A key simply replaces the password for RPC, as {@code _check_credentials} allows. */
    public boolean accepts(String secret) {
        if (secret == null || secret.isEmpty()) {
            return false;
        }
        return secret.equals(password) || apiKeys.contains(secret);
    }
}
