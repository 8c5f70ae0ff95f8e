package com.kraviabridge.core.usecase.allocations;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.AllocationScope;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.port.store.CaseBook;
import com.kraviabridge.core.port.store.ForwardedAllocations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The new groups of a page of allocations: those in the flow's scope, on invoices that went to Kravia and not
 * handled before, one group per ERP document and currency, with the cases of their invoices. Two store reads per
 * page, none when nothing in the page concerns a forwarded invoice.
 */
final class AllocationGroups {

    private final CaseBook cases;
    private final ForwardedAllocations handled;

    AllocationGroups(CaseBook cases, ForwardedAllocations handled) {
        this.cases = cases;
        this.handled = handled;
    }

    /** The groups of one page in page order and the cases of their invoices, as stored when the page was read. */
    record OfPage(List<AllocationGroup> groups, Map<Long, CollectionCase> cases) {
    }

    OfPage of(long companyId, List<Allocation> rows, AllocationScope scope) {
        List<Allocation> candidates = rows.stream().filter(allocation -> scope.includes(allocation.kind())).toList();
        if (candidates.isEmpty()) {
            return new OfPage(List.of(), Map.of());
        }
        Map<Long, CollectionCase> forwarded = cases.byInvoices(companyId,
                candidates.stream().map(Allocation::invoiceId).distinct().toList());
        List<Allocation> onCases = candidates.stream().filter(a -> forwarded.containsKey(a.invoiceId())).toList();
        if (onCases.isEmpty()) {
            return new OfPage(List.of(), Map.of());
        }
        Set<Long> done = handled.handled(companyId, onCases.stream().map(Allocation::id).toList());
        Map<String, List<Allocation>> byDocument = new LinkedHashMap<>();
        for (Allocation allocation : onCases) {
            if (!done.contains(allocation.id())) {
                String document = allocation.counterpartMoveId() + "/" + allocation.amount().currency();
                byDocument.computeIfAbsent(document, k -> new ArrayList<>()).add(allocation);
            }
        }
        return new OfPage(byDocument.values().stream().map(AllocationGroup::new).toList(), forwarded);
    }
}
