package com.kraviabridge.sim.kravia;

/**
 * How money that the debtor pays to Kravia is spread over the parts of a case. The reference documents who
 * keeps what (the creditor the principal, Kravia the fees and interest) but not the order.
 */
public enum AllocationOrder {
    /**
     * Norwegian statutory order (costs, then interest, then principal): the default, so that a partial payment
     * first pays Kravia's fees and the principal is settled last.
     */
    FEES_INTEREST_CAPITAL,
    /** Principal first, then fees, then interest: handy when a test wants every payment to reach the creditor. */
    CAPITAL_FEES_INTEREST
}
