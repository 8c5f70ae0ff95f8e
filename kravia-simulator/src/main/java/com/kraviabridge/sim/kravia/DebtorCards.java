package com.kraviabridge.sim.kravia;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Debtor cards per creditor. A registration naming a {@code debtorNumber} already on file reuses that card
 * (documented, E1) and refreshes it with the new data; one without a number always gets a new card.
 * Guarded by the simulator's lock.
 */
final class DebtorCards {

    private final Map<Long, DebtorSnapshot> cards = new TreeMap<>();
    private final Map<String, Long> byNumber = new HashMap<>();
    private long nextId = 5001;

    long cardFor(long creditorId, DebtorData data) {
        String key = data.debtorNumber() == null ? null : creditorId + "/" + data.debtorNumber();
        Long id = key == null ? null : byNumber.get(key);
        if (id == null) {
            id = nextId++;
            if (key != null) {
                byNumber.put(key, id);
            }
        }
        cards.put(id, new DebtorSnapshot(id, creditorId, data.debtorNumber(), data.name(), data.privateIndividual(),
                data.organizationNumber(), data.ssn(), data.email(), data.address()));
        return id;
    }

    Optional<DebtorSnapshot> find(long id) {
        return Optional.ofNullable(cards.get(id));
    }

    List<DebtorSnapshot> ofCreditor(long creditorId) {
        List<DebtorSnapshot> found = new ArrayList<>();
        for (DebtorSnapshot card : cards.values()) {
            if (card.creditorId() == creditorId) {
                found.add(card);
            }
        }
        return found;
    }
}
