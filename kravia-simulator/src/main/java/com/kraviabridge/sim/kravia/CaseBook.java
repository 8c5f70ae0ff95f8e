package com.kraviabridge.sim.kravia;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * All cases, in id order, each creditor's cases indexed for the search feed, and the debtor cards they point to.
 * Guarded by the simulator's lock.
 */
final class CaseBook {

    private final Map<Long, CaseFile> cases = new TreeMap<>();
    private final Map<Long, CreditorCases> byCreditor = new HashMap<>();
    private final DebtorCards debtors = new DebtorCards();
    /** Never added to: it stands for any creditor that has no cases yet. */
    private final CreditorCases none = new CreditorCases();
    private long nextId = 100001;

    CaseFile open(Registration registration, LocalDate today) {
        long debtorId = debtors.cardFor(registration.creditorId(), registration.debtor());
        CaseFile c = new CaseFile(nextId++, debtorId, registration, today);
        cases.put(c.id(), c);
        byCreditor.computeIfAbsent(c.creditorId(), id -> new CreditorCases()).add(c);
        return c;
    }

    /** Sets a case's {@code lastUpdatedTime}; through here only, so the feed index follows every change. */
    void stamp(CaseFile c, LocalDateTime time) {
        byCreditor.get(c.creditorId()).stamp(c, time);
    }

    /** The creditor's cases; empty for a creditor without any. */
    CreditorCases ofCreditor(long creditorId) {
        return byCreditor.getOrDefault(creditorId, none);
    }

    Optional<CaseFile> find(long id) {
        return Optional.ofNullable(cases.get(id));
    }

    CaseFile get(long id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no case " + id));
    }

    Collection<CaseFile> all() {
        return cases.values();
    }

    DebtorCards debtors() {
        return debtors;
    }
}
