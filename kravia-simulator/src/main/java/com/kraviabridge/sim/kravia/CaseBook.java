package com.kraviabridge.sim.kravia;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** All cases, in id order, and the debtor cards they point to. Guarded by the simulator's lock. */
final class CaseBook {

    private final Map<Long, CaseFile> cases = new TreeMap<>();
    private final DebtorCards debtors = new DebtorCards();
    private long nextId = 100001;

    CaseFile open(Registration registration, LocalDate today) {
        long debtorId = debtors.cardFor(registration.creditorId(), registration.debtor());
        CaseFile c = new CaseFile(nextId++, debtorId, registration, today);
        cases.put(c.id(), c);
        return c;
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

    List<CaseFile> ofCreditor(long creditorId) {
        List<CaseFile> found = new ArrayList<>();
        for (CaseFile c : cases.values()) {
            if (c.creditorId() == creditorId) {
                found.add(c);
            }
        }
        return found;
    }

    DebtorCards debtors() {
        return debtors;
    }
}
