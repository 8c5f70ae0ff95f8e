package com.kraviabridge.core.usecase.settlements;

import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.domain.Settlement;
import com.kraviabridge.core.domain.SettlementLine;
import com.kraviabridge.core.port.store.CaseBook;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cases that the lines of a run's settlements are about. Kravia names the invoice of each line by our own
 * accounting invoice id, so the cases of all lines are read in one query instead of one per line; a line whose
 * case is not among them is looked up by its Kravia case id, as before.
 */
final class SettlementCases {

    private final CaseBook cases;
    private final CreditorMapping creditor;
    private final Map<Long, CollectionCase> byInvoice;
    private final Map<Long, CollectionCase> byKraviaId = new HashMap<>();
    private final Map<Long, CollectionCase> matched = new ConcurrentHashMap<>();

    private SettlementCases(CaseBook cases, CreditorMapping creditor, Map<Long, CollectionCase> byInvoice) {
        this.cases = cases;
        this.creditor = creditor;
        this.byInvoice = byInvoice;
        byInvoice.values().stream().filter(c -> c.creditorId() == creditor.creditorId())
                .forEach(c -> byKraviaId.put(c.kraviaInvoiceId(), c));
    }

    static SettlementCases of(CaseBook cases, CreditorMapping creditor, List<Settlement> settlements) {
        Set<Long> invoiceIds = new LinkedHashSet<>();
        for (Settlement settlement : settlements) {
            for (SettlementLine line : settlement.lines()) {
                invoiceIdOf(line).ifPresent(invoiceIds::add);
            }
        }
        return new SettlementCases(cases, creditor,
                invoiceIds.isEmpty() ? Map.of() : cases.byInvoices(creditor.companyId(), invoiceIds));
    }

    /** The case of a settlement line: by its Kravia case first, else by the invoice id we gave Kravia. */
    Optional<CollectionCase> caseOf(SettlementLine line) {
        Optional<CollectionCase> found = Optional.empty();
        if (line.kraviaInvoiceId() != null) {
            found = Optional.ofNullable(byKraviaId.get(line.kraviaInvoiceId()))
                    .or(() -> cases.byKraviaId(creditor.creditorId(), line.kraviaInvoiceId()));
        }
        if (found.isEmpty()) {
            found = invoiceIdOf(line).map(byInvoice::get);
        }
        found.ifPresent(c -> matched.put(c.invoiceId(), c));
        return found;
    }

    /** A case {@link #caseOf} returned, by its invoice. */
    Optional<CollectionCase> byInvoice(long invoiceId) {
        return Optional.ofNullable(matched.get(invoiceId));
    }

    /**
     * The invoice a settlement concerns, where a person is shown what went wrong with it: the first of its lines that
     * names one (a settlement may pay several); null when none does.
     */
    static Long firstInvoiceId(Settlement settlement) {
        return settlement.lines().stream().map(SettlementCases::invoiceIdOf).flatMap(Optional::stream).findFirst()
                .orElse(null);
    }

    private static Optional<Long> invoiceIdOf(SettlementLine line) {
        String id = line.accountingInvoiceId();
        return id != null && id.matches("\\d+") ? Optional.of(Long.parseLong(id)) : Optional.empty();
    }
}
