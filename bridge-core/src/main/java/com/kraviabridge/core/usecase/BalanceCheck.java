package com.kraviabridge.core.usecase;

import com.kraviabridge.core.domain.CaseSnapshot;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.domain.Invoice;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.port.CaseFeed;
import com.kraviabridge.core.port.OpenInvoices;
import com.kraviabridge.core.store.CaseBook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The accountant's question: do both books agree? For every open case of a company, Odoo's open residual is
 * compared with the capital Kravia still collects, both read fresh; every difference is listed.
 */
public final class BalanceCheck {

    private static final int PAGE = 500;

    private final OpenInvoices invoices;
    private final CaseFeed feed;
    private final CaseBook cases;

    public BalanceCheck(OpenInvoices invoices, CaseFeed feed, CaseBook cases) {
        this.invoices = invoices;
        this.feed = feed;
        this.cases = cases;
    }

    public record Mismatch(String invoiceNumber, long kraviaInvoiceId, Money odooResidual, Money kraviaCapital,
                           String kraviaStatus) {
    }

    public record Result(long companyId, int casesCompared, List<Mismatch> mismatches) {

        public boolean agrees() {
            return mismatches.isEmpty();
        }
    }

    public Result check(CreditorMapping creditor) {
        Map<Long, CaseSnapshot> kravia = everyCase(creditor.creditorId());
        List<Mismatch> mismatches = new java.util.ArrayList<>();
        int compared = 0;
        long after = 0;
        while (true) {
            List<CollectionCase> page = cases.page(creditor.companyId(), true, after, PAGE);
            if (page.isEmpty()) {
                break;
            }
            after = page.get(page.size() - 1).invoiceId();
            Map<Long, Invoice> odoo = invoices.invoices(creditor.companyId(),
                    page.stream().map(CollectionCase::invoiceId).toList()).stream()
                    .collect(Collectors.toMap(Invoice::id, Function.identity()));
            for (CollectionCase c : page) {
                compared++;
                Invoice invoice = odoo.get(c.invoiceId());
                CaseSnapshot snapshot = kravia.get(c.kraviaInvoiceId());
                Money residual = invoice == null ? null : invoice.residual();
                Money capital = snapshot == null ? null : snapshot.remainingCapital();
                if (residual == null || capital == null || !Objects.equals(residual, capital)) {
                    mismatches.add(new Mismatch(c.invoiceNumber(), c.kraviaInvoiceId(), residual, capital,
                            snapshot == null ? "unknown to Kravia" : snapshot.status().value()));
                }
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        return new Result(creditor.companyId(), compared, mismatches);
    }

    private Map<Long, CaseSnapshot> everyCase(long creditorId) {
        Map<Long, CaseSnapshot> all = new HashMap<>();
        // The time the batches were asked for does not matter to a comparison, hence the system clock.
        CaseChangeWalk.walk(feed, creditorId, null, PAGE, java.time.Clock.systemUTC(),
                (start, changes, readAt) -> changes.cases().forEach(c -> all.put(c.kraviaInvoiceId(), c)));
        return all;
    }
}
