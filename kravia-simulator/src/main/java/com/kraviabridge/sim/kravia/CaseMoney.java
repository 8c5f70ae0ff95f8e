package com.kraviabridge.sim.kravia;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What money does to a case (docs/kravia-contract.md §9). Direct payments and credits touch the capital only and
 * the part beyond it is ignored; a closed case takes nothing. Capital reaching zero closes the case: through a
 * credit as {@code CREDITED} with fees and interest written off, otherwise as {@code PAID}.
 */
final class CaseMoney {

    private CaseMoney() {
    }

    /** Applies a direct payment (positive) and returns the part that reduced the capital. */
    static BigDecimal applyDirect(CaseFile c, BigDecimal amount, LocalDate day, String accountingPaymentId) {
        if (c.closed()) {
            return Money.ZERO;
        }
        BigDecimal applied = c.takeCapital(amount);
        if (applied.signum() > 0) {
            c.record(new PaymentEntry(day, applied, accountingPaymentId, PaymentKind.DIRECT));
            closeIfCapitalPaid(c, day, "Capital paid in full directly to the creditor");
        }
        return applied;
    }

    /** Applies a credit (negative) and returns the part that reduced the capital, negative. */
    static BigDecimal applyCredit(CaseFile c, BigDecimal amount, LocalDate day, String accountingPaymentId) {
        if (c.closed()) {
            return Money.ZERO;
        }
        BigDecimal applied = c.takeCapital(amount.negate()).negate();
        if (applied.signum() < 0) {
            c.record(new PaymentEntry(day, applied, accountingPaymentId, PaymentKind.CREDIT));
            if (c.capital().signum() == 0) {
                c.writeOffCosts();
                c.close(CloseReason.CREDITED, day, "Fully credited by the creditor; fees and interest written off");
            }
        }
        return applied;
    }

    /** Spreads a debtor's payment to Kravia over the case in the given order. */
    static CollectedPayment collect(CaseFile c, BigDecimal amount, AllocationOrder order, LocalDate day) {
        BigDecimal left = amount;
        BigDecimal toCapital = Money.ZERO;
        BigDecimal toFees;
        BigDecimal toInterest;
        if (order == AllocationOrder.CAPITAL_FEES_INTEREST) {
            toCapital = c.takeCapital(left);
            left = left.subtract(toCapital);
        }
        toFees = c.takeFees(left);
        left = left.subtract(toFees);
        toInterest = c.takeInterest(left);
        left = left.subtract(toInterest);
        if (order == AllocationOrder.FEES_INTEREST_CAPITAL) {
            toCapital = c.takeCapital(left);
            left = left.subtract(toCapital);
        }
        BigDecimal applied = amount.subtract(left);
        if (applied.signum() > 0) {
            c.record(new PaymentEntry(day, applied, null, PaymentKind.COLLECTED));
            closeIfCapitalPaid(c, day, "Paid in full to Kravia");
        }
        return new CollectedPayment(c.id(), amount, toCapital, toFees, toInterest, left);
    }

    private static void closeIfCapitalPaid(CaseFile c, LocalDate day, String description) {
        if (c.capital().signum() == 0) {
            c.close(CloseReason.PAID, day, description);
        }
    }
}
