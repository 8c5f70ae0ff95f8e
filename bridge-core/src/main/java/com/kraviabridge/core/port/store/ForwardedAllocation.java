package com.kraviabridge.core.port.store;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An ERP allocation (payment or credit part) the bridge handed to Kravia, or decided not to.
 *
 * @param outcome    what the bridge did with it
 * @param amount     the part sent to Kravia (0 when nothing was sent)
 * @param undone     the allocation disappeared from the ERP after it was handled
 */
public record ForwardedAllocation(long allocationId, long companyId, long invoiceId, long kraviaInvoiceId,
                                  AllocationOutcome outcome,
                                  BigDecimal amount, String currency, String operationKey, boolean undone,
                                  Instant handledAt) {
}
