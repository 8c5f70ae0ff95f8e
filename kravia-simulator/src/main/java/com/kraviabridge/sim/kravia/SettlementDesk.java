package com.kraviabridge.sim.kravia;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongPredicate;

/**
 * Collects what debtors pay to Kravia and pays it out in batches: one settlement per creditor and currency each
 * time {@link #settle} runs (every simulated midnight, or on demand). A batch whose lines would sum to a negative
 * payout (only costs collected, no capital) is carried over to the next batch instead of asking the creditor
 * for money. Guarded by the simulator's lock.
 */
final class SettlementDesk {

    private final Tariff tariff;
    private final List<PendingCollection> pending = new ArrayList<>();
    private final Map<Long, SettlementRecord> settlements = new TreeMap<>();
    private long nextId = 9001;
    private final List<KidPayout> kidPayouts = new ArrayList<>();
    private long nextKidPayoutId = 1;

    /** The account Kravia pays creditors from (its client-funds account); a made-up Norwegian account number. */
    static final String CLIENT_FUNDS_ACCOUNT = "15030012345";

    SettlementDesk(Tariff tariff) {
        this.tariff = tariff;
    }

    void collected(CaseFile c, CollectedPayment payment, boolean provisionApplies) {
        if (payment.toCapital().signum() > 0 || payment.toFees().signum() > 0) {
            pending.add(new PendingCollection(c.creditorId(), c.id(), c.invoiceNo(), c.accountingInvoiceId(),
                    c.currencyCode(), payment.toCapital(), payment.toFees(), provisionApplies, c.kid()));
        }
    }

    List<SettlementSnapshot> settle(CreditorAccount creditor, LocalDate day) {
        if (creditor.payoutMode() == PayoutMode.KID) {
            payOutByKid(creditor, day);
            return List.of();
        }
        Map<String, Map<Long, List<PendingCollection>>> byCurrency = new LinkedHashMap<>();
        for (PendingCollection p : pending) {
            if (p.creditorId() == creditor.id()) {
                byCurrency.computeIfAbsent(p.currencyCode(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(p.invoiceId(), k -> new ArrayList<>()).add(p);
            }
        }
        List<SettlementSnapshot> made = new ArrayList<>();
        for (Map.Entry<String, Map<Long, List<PendingCollection>>> currency : byCurrency.entrySet()) {
            List<SettlementLine> lines = new ArrayList<>();
            for (List<PendingCollection> ofInvoice : currency.getValue().values()) {
                lines.addAll(PayoutLines.forInvoice(ofInvoice, tariff, creditor.vatRegistered(), day));
            }
            BigDecimal total = lines.stream().map(SettlementLine::amount).reduce(Money.ZERO, BigDecimal::add);
            if (total.signum() < 0) {
                continue;
            }
            removePending(creditor.id(), currency.getKey());
            if (!lines.isEmpty()) {
                SettlementRecord record = new SettlementRecord(nextId++, creditor.id(), day, currency.getKey(), lines);
                settlements.put(record.id(), record);
                made.add(record.snapshot());
            }
        }
        return made;
    }

    /**
     * In KID mode each invoice's collected capital is paid on its own, on the invoice's KID; Kravia keeps fees and
     * interest, and no settlement (nor a bookkeeping suggestion) is made.
     */
    private void payOutByKid(CreditorAccount creditor, LocalDate day) {
        Map<Long, List<PendingCollection>> byInvoice = new LinkedHashMap<>();
        for (Iterator<PendingCollection> it = pending.iterator(); it.hasNext(); ) {
            PendingCollection p = it.next();
            if (p.creditorId() == creditor.id()) {
                byInvoice.computeIfAbsent(p.invoiceId(), k -> new ArrayList<>()).add(p);
                it.remove();
            }
        }
        for (List<PendingCollection> ofInvoice : byInvoice.values()) {
            PendingCollection first = ofInvoice.get(0);
            BigDecimal capital = ofInvoice.stream().map(PendingCollection::capital).reduce(Money.ZERO, BigDecimal::add);
            if (capital.signum() > 0) {
                kidPayouts.add(new KidPayout(nextKidPayoutId++, creditor.id(), first.invoiceId(), first.invoiceNo(),
                        first.accountingInvoiceId(), first.kid(), capital, first.currencyCode(), day,
                        CLIENT_FUNDS_ACCOUNT, creditor.bankAccount()));
            }
        }
    }

    /** Whether money collected for the creditor waits to be paid out. */
    boolean hasPending(long creditorId) {
        return pending.stream().anyMatch(p -> p.creditorId() == creditorId);
    }

    List<KidPayout> kidPayouts(long creditorId) {
        return kidPayouts.stream().filter(p -> p.creditorId() == creditorId).toList();
    }

    private void removePending(long creditorId, String currencyCode) {
        for (Iterator<PendingCollection> it = pending.iterator(); it.hasNext(); ) {
            PendingCollection p = it.next();
            if (p.creditorId() == creditorId && p.currencyCode().equals(currencyCode)) {
                it.remove();
            }
        }
    }

    List<SettlementSnapshot> list(LongPredicate creditorFilter, boolean excludeClosed) {
        List<SettlementSnapshot> found = new ArrayList<>();
        for (SettlementRecord record : settlements.values()) {
            if (creditorFilter.test(record.creditorId()) && !(excludeClosed && record.closed())) {
                found.add(record.snapshot());
            }
        }
        return found;
    }

    Optional<SettlementRecord> find(long id) {
        return Optional.ofNullable(settlements.get(id));
    }
}
