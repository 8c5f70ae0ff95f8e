package com.kraviabridge.sim.kravia;

import java.math.BigDecimal;

/**
 * How a debtor's payment to Kravia was spread over a case. {@code ignored} is the part beyond everything owed
 * (a real agency would refund it; the simulator just drops it).
 */
public record CollectedPayment(long invoiceId, BigDecimal paid, BigDecimal toCapital, BigDecimal toFees,
                               BigDecimal toInterest, BigDecimal ignored) {
}
