package com.kraviabridge.core.policy;

import com.kraviabridge.core.domain.CaseDetails;
import com.kraviabridge.core.domain.CaseDetails.RecordedPayment;
import com.kraviabridge.core.domain.Money;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What Kravia's own record of a case says about the money it collected from the debtor, which it pays out to the
 * creditor. Kravia pays out only capital and keeps its fees and interest, so what it paid out is the capital it
 * collected: the case's original capital less what is still open and what the creditor reported as direct payments
 * and credits. Where Kravia does not give the original capital, each collection is taken as capital. What was
 * already taken for its payouts on the invoice is left to pay out no more.
 */
final class KraviaCollections {

    private static final String COLLECTED = "COLLECTED";
    private static final String DIRECT = "DIRECT";
    private static final String CREDIT = "CREDIT";

    private final long caseId;
    private final List<RecordedPayment> collections;
    private final List<RecordedPayment> directPayments;
    private final Money collectedCapital;
    private final Money leftToPayOut;

    private KraviaCollections(long caseId, List<RecordedPayment> collections, List<RecordedPayment> directPayments,
                              Money collectedCapital, Money alreadyPaidOut) {
        this.caseId = caseId;
        this.collections = collections;
        this.directPayments = directPayments;
        this.collectedCapital = collectedCapital;
        this.leftToPayOut = collectedCapital == null || alreadyPaidOut == null
                || !alreadyPaidOut.currency().equals(collectedCapital.currency())
                ? collectedCapital : collectedCapital.minus(alreadyPaidOut);
    }

    /** @param alreadyPaidOut payments on the invoice already taken for Kravia's payouts (null: none) */
    static KraviaCollections of(CaseDetails details, Money alreadyPaidOut) {
        List<RecordedPayment> collections = ofKind(details, COLLECTED);
        List<RecordedPayment> directPayments = ofKind(details, DIRECT);
        return new KraviaCollections(details.snapshot().kraviaInvoiceId(), collections, directPayments,
                collectedCapital(details, collections), alreadyPaidOut);
    }

    private static List<RecordedPayment> ofKind(CaseDetails details, String kind) {
        return details.payments().stream()
                .filter(p -> kind.equalsIgnoreCase(p.kind()) && p.amount() != null && p.date() != null).toList();
    }

    private static Money collectedCapital(CaseDetails details, List<RecordedPayment> collections) {
        if (collections.isEmpty()) {
            return null;
        }
        String currency = collections.get(0).amount().currency();
        Money collected = Money.zero(currency);
        for (RecordedPayment c : collections) {
            if (!c.amount().currency().equals(currency)) {
                return null;
            }
            collected = collected.plus(c.amount());
        }
        Money original = details.originalAmount();
        Money remaining = details.snapshot().remainingCapital();
        if (original == null || remaining == null || !original.currency().equals(currency)
                || !remaining.currency().equals(currency)) {
            return collected;
        }
        Money capital = original.minus(remaining);
        for (RecordedPayment p : details.payments()) {
            boolean reported = DIRECT.equalsIgnoreCase(p.kind()) || CREDIT.equalsIgnoreCase(p.kind());
            if (reported && p.amount() != null && p.amount().currency().equals(currency)) {
                capital = capital.minus(p.amount().amount().signum() < 0 ? p.amount().negate() : p.amount());
            }
        }
        return capital.max(Money.zero(currency)).min(collected);
    }

    long caseId() {
        return caseId;
    }

    boolean collectedAnything() {
        return collectedCapital != null && collectedCapital.isPositive();
    }

    Money collectedCapital() {
        return collectedCapital;
    }

    /** Whether some of what Kravia collected is not yet accounted for by payouts recognised before. */
    boolean leftToPayOut() {
        return leftToPayOut != null && leftToPayOut.isPositive();
    }

    /** The first collection on or before the day, if any. */
    Optional<RecordedPayment> firstCollectionBy(LocalDate day) {
        return collections.stream().filter(c -> !c.date().isAfter(day)).findFirst();
    }

    /**
     * The amounts a payout of this case can have: all the capital not yet paid out at once, or one collection on
     * its own (when it went to capital alone).
     */
    Set<Money> payoutAmounts() {
        Set<Money> amounts = new LinkedHashSet<>();
        if (!leftToPayOut()) {
            return amounts;
        }
        amounts.add(leftToPayOut);
        collections.stream().map(RecordedPayment::amount)
                .filter(a -> a.currency().equals(leftToPayOut.currency()) && !a.isGreaterThan(leftToPayOut))
                .forEach(amounts::add);
        return amounts;
    }

    /** A direct payment the creditor reported on the case for exactly this amount. */
    Optional<RecordedPayment> directPaymentOf(Money amount) {
        return directPayments.stream().filter(p -> p.amount().equals(amount)).findFirst();
    }
}
