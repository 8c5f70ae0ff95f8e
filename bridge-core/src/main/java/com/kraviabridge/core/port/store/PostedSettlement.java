package com.kraviabridge.core.port.store;

import java.math.BigDecimal;
import java.time.Instant;

/** A Kravia settlement the bridge posted into the ERP. */
public record PostedSettlement(String settlementId, long creditorId, long companyId, long moveId, String moveName,
                               BigDecimal amount, String currency, boolean bookkept, Instant postedAt) {
}
