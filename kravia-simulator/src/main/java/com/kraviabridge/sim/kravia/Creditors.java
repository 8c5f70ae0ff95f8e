package com.kraviabridge.sim.kravia;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The onboarded creditors and the tokens that act for them. */
final class Creditors {

    private final Map<Long, CreditorAccount> accounts = new ConcurrentHashMap<>();
    private final Map<String, Set<Long>> grants = new ConcurrentHashMap<>();

    /** Creates the creditor on first mention; the same token may be granted to several creditors (a partner). */
    synchronized void add(long creditorId, String token, boolean vatRegistered) {
        if (token == null || token.isBlank() || token.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a token is one word without spaces");
        }
        accounts.computeIfAbsent(creditorId, id -> new CreditorAccount(id, vatRegistered));
        grants.computeIfAbsent(token, t -> ConcurrentHashMap.newKeySet()).add(creditorId);
    }

    Optional<Access> accessFor(String token) {
        Set<Long> ids = grants.get(token);
        return ids == null ? Optional.empty() : Optional.of(new Access(new HashSet<>(ids)));
    }

    Optional<CreditorAccount> find(long creditorId) {
        return Optional.ofNullable(accounts.get(creditorId));
    }

    CreditorAccount get(long creditorId) {
        return find(creditorId).orElseThrow(() -> new IllegalArgumentException("unknown creditor " + creditorId));
    }

    Collection<CreditorAccount> all() {
        return List.copyOf(accounts.values());
    }
}
