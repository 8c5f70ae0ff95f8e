package com.kraviabridge.core.usecase.allocations;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.port.store.AllocationOutcome;
import com.kraviabridge.core.port.store.CaseBook;
import com.kraviabridge.core.port.store.ForwardedAllocation;
import com.kraviabridge.core.port.store.ForwardedAllocations;
import com.kraviabridge.core.usecase.report.InvoiceMessages;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the groups of one page of allocations did to the cases and which allocations they handled, kept while the
 * groups are sent and stored in two statements when the page is done, instead of two per group on the threads that
 * wait for Kravia. Groups on different invoices are handled at the same time; those on the same invoice one after
 * the other, each seeing the capital the one before left.
 *
 * <p>Storing it later loses nothing: should the bridge stop before, the page is read again (its cursor has not
 * moved), each write's outcome is in the operations log already, and a group found done there is recorded again.
 */
final class AllocationBookkeeping {

    private final long upTo;
    private final Map<Long, CollectionCase> cases;
    private final Clock clock;
    private final List<ForwardedAllocation> handled = new ArrayList<>();
    private final Map<Long, Money> lowered = new HashMap<>();
    private final List<InvoiceMessages.Message> notes = new ArrayList<>();

    /**
     * @param upTo  the last allocation id of the page
     * @param cases the cases of the page's invoices as stored when it was read
     */
    AllocationBookkeeping(long upTo, Map<Long, CollectionCase> cases, Clock clock) {
        this.upTo = upTo;
        this.cases = new ConcurrentHashMap<>(cases);
        this.clock = clock;
    }

    long upTo() {
        return upTo;
    }

    /** The cases of the page's invoices, with the capital lowered by the groups handled so far. */
    Map<Long, CollectionCase> cases() {
        return cases;
    }

    /** Takes the cases as stored now, once the page before, which lowered their capital, is stored. */
    void refresh(Map<Long, CollectionCase> stored) {
        cases.putAll(stored);
    }

    /**
     * Records the group as handled and lowers the cases' capital by what Kravia now knows; the next groups on these
     * invoices see the lowered capital.
     */
    void sent(AllocationGroup group, Map<Long, Money> sentPerAllocation, AllocationOutcome kind, String operationKey) {
        Map<Long, Money> reduction = new LinkedHashMap<>();
        for (Allocation allocation : group.allocations()) {
            CollectionCase c = cases.get(allocation.invoiceId());
            Money sent = sentPerAllocation.getOrDefault(allocation.id(), Money.zero(allocation.amount().currency()));
            handled(new ForwardedAllocation(allocation.id(), allocation.companyId(), allocation.invoiceId(),
                    c.kraviaInvoiceId(), kind, sent.amount(), sent.currency(), operationKey, false, clock.instant()));
            if (sent.isPositive()) {
                reduction.merge(allocation.invoiceId(), sent, Money::plus);
            }
        }
        reduction.forEach((invoiceId, amount) -> {
            CollectionCase c = cases.get(invoiceId);
            Money capital = c.remainingCapital();
            if (capital != null && capital.currency().equals(amount.currency())) {
                cases.put(invoiceId, c.withRemainingCapital(capital.minus(amount).max(Money.zero(capital.currency()))));
                lowered(invoiceId, amount);
            }
        });
    }

    /** Records an allocation handled without a request to Kravia. */
    void notSent(Allocation allocation, AllocationOutcome kind) {
        CollectionCase c = cases.get(allocation.invoiceId());
        handled(new ForwardedAllocation(allocation.id(), allocation.companyId(), allocation.invoiceId(),
                c == null ? 0 : c.kraviaInvoiceId(), kind, BigDecimal.ZERO, allocation.amount().currency(), null, false,
                clock.instant()));
    }

    /** Keeps notes for the invoices' chatter, posted once the page is stored. */
    synchronized void tell(List<InvoiceMessages.Message> told) {
        notes.addAll(told);
    }

    /** The notes the page's groups told. */
    synchronized List<InvoiceMessages.Message> notes() {
        return List.copyOf(notes);
    }

    private synchronized void handled(ForwardedAllocation allocation) {
        handled.add(allocation);
    }

    private synchronized void lowered(long invoiceId, Money amount) {
        lowered.merge(invoiceId, amount, Money::plus);
    }

    /**
     * Stores what the page's groups did. The allocations first: should the bridge stop between the two, the capital
     * stays as Kravia had it before, until Kravia's next status of the case corrects it; the other order would lower
     * it twice, when the page is read again.
     */
    synchronized void store(long companyId, ForwardedAllocations allocations, CaseBook caseBook) {
        if (!handled.isEmpty()) {
            allocations.addAll(List.copyOf(handled));
        }
        if (!lowered.isEmpty()) {
            caseBook.lowerCapital(companyId, Map.copyOf(lowered), clock.instant());
        }
    }
}
