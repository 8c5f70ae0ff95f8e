package com.kraviabridge.core.policy;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.CaseDetails.RecordedPayment;
import com.kraviabridge.core.domain.StatementLine;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Tells Kravia's own payouts from the customer's payments among the money applied to forwarded invoices. In KID mode
 * Kravia pays each recovered invoice into the creditor's own bank account with the invoice's KID, and the accountant
 * matches it to the invoice like any customer payment; sending it to Kravia as a direct payment would lower Kravia's
 * capital below the ERP's. Every signal the ERP and Kravia give is weighed, and each decision says why:
 * <ol>
 *     <li>the payment's partner is Kravia's, or it landed in a journal of Kravia's payouts;</li>
 *     <li>the bank statement line came from one of Kravia's client-funds accounts;</li>
 *     <li>the payer's name or the message on the bank line or the payment names Kravia;</li>
 *     <li>Kravia's own record: it collected on the case on or before the payment's date, the amount is what it
 *     collected, and nothing else explains the payment. When something else might (a direct payment of the same
 *     amount on the case, a bank line from another payer's account), a person decides.</li>
 * </ol>
 */
public final class PayoutClassifier {

    private final PayoutSignals signals;

    public PayoutClassifier(PayoutSignals signals) {
        this.signals = signals;
    }

    public static PayoutClassifier none() {
        return new PayoutClassifier(PayoutSignals.none());
    }

    /**
     * @param kraviaRecord Kravia's record of the invoice's case, asked only when the ERP's signals do not settle it
     *                     (null from the supplier when the invoice has no case)
     */
    public PayoutDecision classify(Allocation payment, Supplier<KraviaRecord> kraviaRecord) {
        Optional<PayoutDecision> fromErp = fromErpSignals(payment);
        if (fromErp.isPresent()) {
            return fromErp.get();
        }
        KraviaRecord record = kraviaRecord.get();
        if (record == null || record.details() == null) {
            return PayoutDecision.customerPayment("nothing marks it as Kravia's payout, and Kravia has no case on it");
        }
        return fromKraviasRecord(payment, KraviaCollections.of(record.details(), record.alreadyPaidOut()));
    }

    private Optional<PayoutDecision> fromErpSignals(Allocation payment) {
        if (signals.partnerId() != 0 && payment.partnerId() == signals.partnerId()) {
            return Optional.of(PayoutDecision.payout("its partner #" + payment.partnerId()
                    + " is Kravia's (payout-partner)"));
        }
        if (payment.journalCode() != null && signals.journals().contains(payment.journalCode())) {
            return Optional.of(PayoutDecision.payout("it landed in journal " + payment.journalCode()
                    + ", where only Kravia's payouts land (payout-journals)"));
        }
        StatementLine line = payment.statementLine();
        if (line != null && signals.isKraviaAccount(line.accountNumber())) {
            return Optional.of(PayoutDecision.payout("its bank line came from account " + line.accountNumber()
                    + ", Kravia's client-funds account (payout-bank-accounts)"));
        }
        if (line != null && signals.namesKravia(line.payerName())) {
            return Optional.of(PayoutDecision.payout("its bank line's payer '" + line.payerName()
                    + "' matches payout-reference"));
        }
        if (line != null && signals.namesKravia(line.label())) {
            return Optional.of(PayoutDecision.payout("its bank line's text '" + line.label()
                    + "' matches payout-reference"));
        }
        if (signals.namesKravia(payment.reference())) {
            return Optional.of(PayoutDecision.payout("its memo '" + payment.reference()
                    + "' matches payout-reference"));
        }
        return Optional.empty();
    }

    private PayoutDecision fromKraviasRecord(Allocation payment, KraviaCollections kravia) {
        if (!kravia.collectedAnything()) {
            return PayoutDecision.customerPayment("nothing marks it as Kravia's payout, and Kravia has collected nothing"
                    + " on case " + kravia.caseId());
        }
        Optional<RecordedPayment> collection = kravia.firstCollectionBy(payment.date());
        if (collection.isEmpty()) {
            return PayoutDecision.customerPayment("it is dated " + payment.date() + ", before Kravia collected on case "
                    + kravia.caseId());
        }
        if (!kravia.leftToPayOut()) {
            return PayoutDecision.customerPayment("Kravia's collections on case " + kravia.caseId() + " ("
                    + kravia.collectedCapital() + ") are already paid out by payments recognised before");
        }
        if (!kravia.payoutAmounts().contains(payment.amount())) {
            return PayoutDecision.customerPayment("its amount " + payment.amount() + " is not what Kravia collected on"
                    + " case " + kravia.caseId() + " (" + kravia.collectedCapital() + ")");
        }
        String matches = "its amount " + payment.amount() + " is what Kravia collected on case " + kravia.caseId()
                + " from " + collection.get().date();
        Optional<RecordedPayment> direct = kravia.directPaymentOf(payment.amount());
        if (direct.isPresent()) {
            return PayoutDecision.undecided(matches + ", but the case also had a direct payment of the same amount on "
                    + direct.get().date() + "; it may be Kravia's payout or the customer paying again");
        }
        Optional<String> otherPayer = otherPayer(payment.statementLine());
        if (otherPayer.isPresent()) {
            return PayoutDecision.undecided(matches + ", but its bank line came from " + otherPayer.get()
                    + "; it may be Kravia's payout or the customer's own payment");
        }
        return PayoutDecision.payout(matches + " (Kravia's record)");
    }

    /** The bank line's payer when the configured signals say it is someone else than Kravia. */
    private Optional<String> otherPayer(StatementLine line) {
        if (line == null) {
            return Optional.empty();
        }
        if (signals.knowsBankAccounts() && line.accountNumber() != null && !line.accountNumber().isBlank()) {
            return Optional.of("account " + line.accountNumber() + ", not one of Kravia's (payout-bank-accounts)");
        }
        if (signals.reference() != null && line.payerName() != null && !line.payerName().isBlank()) {
            return Optional.of("'" + line.payerName() + "', which does not match payout-reference");
        }
        return Optional.empty();
    }
}
