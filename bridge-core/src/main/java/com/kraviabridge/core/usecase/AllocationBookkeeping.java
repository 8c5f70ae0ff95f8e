package com.kraviabridge.core.usecase;

import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.port.store.CaseBook;
import com.kraviabridge.core.port.store.ForwardedAllocation;
import com.kraviabridge.core.port.store.ForwardedAllocations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the groups of one page of allocations leave to store, gathered from the sending threads and stored in two
 * statements when the page is done, instead of two per group on the threads that wait for Kravia.
 *
 * <p>Storing it later loses nothing: should the bridge stop before, the page is read again (its cursor has not
 * moved), each write's outcome is in the operations log already, and a group found done there is recorded again.
 */
final class AllocationBookkeeping {

    private final List<ForwardedAllocation> handled = new ArrayList<>();
    private final Map<Long, Money> lowered = new HashMap<>();

    synchronized void handled(ForwardedAllocation allocation) {
        handled.add(allocation);
    }

    /** The capital of the invoice's case went down by {@code amount}, in the capital's currency. */
    synchronized void lowered(long invoiceId, Money amount) {
        lowered.merge(invoiceId, amount, Money::plus);
    }

    synchronized void discard() {
        handled.clear();
        lowered.clear();
    }

    /**
     * Stores and forgets what was gathered. The allocations first: should the bridge stop between the two, the
     * capital stays as Kravia had it before, until Kravia's next status of the case corrects it; the other order
     * would lower it twice, when the page is read again.
     */
    void store(long companyId, ForwardedAllocations allocations, CaseBook cases, Instant at) {
        List<ForwardedAllocation> handledNow;
        Map<Long, Money> loweredNow;
        synchronized (this) {
            handledNow = List.copyOf(handled);
            loweredNow = Map.copyOf(lowered);
            handled.clear();
            lowered.clear();
        }
        if (!handledNow.isEmpty()) {
            allocations.addAll(handledNow);
        }
        if (!loweredNow.isEmpty()) {
            cases.lowerCapital(companyId, loweredNow, at);
        }
    }
}
