package com.kraviabridge.sim.odoo.orm;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Credentials and rights of one res.users record; the record itself holds login and companies. */
public final class UserAccount {
    private static final LocalDateTime NEVER = LocalDateTime.MAX;

    private final int uid;
    private volatile String password;
    /** API keys with the moment each stops working; a key made without a duration never expires. */
    private final Map<String, LocalDateTime> apiKeys = new ConcurrentHashMap<>();
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
        apiKeys.put(key, NEVER);
    }

    /** A key that stops working at {@code expiresAt}, as keys made with a duration do. */
    public void addApiKey(String key, LocalDateTime expiresAt) {
        apiKeys.put(key, expiresAt);
    }

    public void revokeApiKey(String key) {
        apiKeys.remove(key);
    }

    /** The user's keys, expired ones included, for tests that hand a key to a client. */
    public List<String> apiKeys() {
        return new ArrayList<>(apiKeys.keySet());
    }

    /** A key simply replaces the password for XML-RPC and JSON-RPC, as {@code _check_credentials} allows. */
    public boolean accepts(String secret, LocalDateTime now) {
        if (secret == null || secret.isEmpty()) {
            return false;
        }
        return secret.equals(password) || acceptsApiKey(secret, now);
    }

    /** Only a live API key: what a JSON-2 bearer token must be (a password is refused there). */
    public boolean acceptsApiKey(String key, LocalDateTime now) {
        if (key == null || key.isEmpty()) {
            return false;
        }
        LocalDateTime expiry = apiKeys.get(key);
        return expiry != null && now.isBefore(expiry);
    }
}
