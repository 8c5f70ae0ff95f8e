package com.kraviabridge.core.usecase;

import com.kraviabridge.core.domain.CaseSnapshot;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.domain.Invoice;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.port.collector.CaseFeed;
import com.kraviabridge.core.port.erp.OpenInvoices;
import com.kraviabridge.core.port.store.CaseBook;
import com.kraviabridge.core.usecase.status.CaseChangeWalk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The accountant's question: do both books agree? For every open case of a company, Odoo's open residual is
 * compared with the capital Kravia still collects, both read fresh; every difference is listed. So is every invoice
 * Kravia holds more than one open case for (our reference, the ERP's invoice id, on two cases): the debtor would be
 * pursued twice, and only one of the cases is the bridge's.
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

    /** Open Kravia cases that carry one invoice's reference, lowest case id first. */
    public record SecondCase(String accountingInvoiceId, String invoiceNumber, List<Long> kraviaInvoiceIds) {
    }

    public record Result(long companyId, int casesCompared, List<Mismatch> mismatches, List<SecondCase> secondCases) {

        public boolean agrees() {
            return mismatches.isEmpty() && secondCases.isEmpty();
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
        return new Result(creditor.companyId(), compared, mismatches, secondCases(kravia.values()));
    }

    private static List<SecondCase> secondCases(java.util.Collection<CaseSnapshot> all) {
        Map<String, List<CaseSnapshot>> open = new java.util.TreeMap<>();
        for (CaseSnapshot c : all) {
            if (c.accountingInvoiceId() != null && !c.status().isClosed()) {
                open.computeIfAbsent(c.accountingInvoiceId(), id -> new java.util.ArrayList<>()).add(c);
            }
        }
        List<SecondCase> twice = new java.util.ArrayList<>();
        open.forEach((reference, cases) -> {
            if (cases.size() > 1) {
                List<Long> ids = cases.stream().map(CaseSnapshot::kraviaInvoiceId).sorted().toList();
                String number = cases.stream().map(CaseSnapshot::invoiceNumber).filter(Objects::nonNull).findFirst()
                        .orElse("without a number");
                twice.add(new SecondCase(reference, number, ids));
            }
        });
        return twice;
    }

    private Map<Long, CaseSnapshot> everyCase(long creditorId) {
        Map<Long, CaseSnapshot> all = new HashMap<>();
        // The time the batches were asked for does not matter to a comparison, hence the system clock.
        CaseChangeWalk.walk(feed, java.util.Set.of(creditorId), null, PAGE, java.time.Clock.systemUTC(), (changes, readAt) -> {
            changes.cases().forEach(c -> all.put(c.kraviaInvoiceId(), c));
            return () -> { };
        }, cursor -> { });
        return all;
    }
}
