package com.kraviabridge.sim.kravia;

import java.math.BigDecimal;

/** Money a debtor paid to Kravia on one case that has not been paid out to the creditor yet. */
record PendingCollection(long creditorId, long invoiceId, String invoiceNo, String accountingInvoiceId,
                         String currencyCode, BigDecimal capital, BigDecimal fees, boolean provisionApplies,
                         String kid) {
}
