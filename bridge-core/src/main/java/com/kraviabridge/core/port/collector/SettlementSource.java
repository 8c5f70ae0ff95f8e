package com.kraviabridge.core.port.collector;

import com.kraviabridge.core.domain.Settlement;

import java.util.List;

/** Collector port: Kravia's payouts with their bookkeeping suggestions. */
public interface SettlementSource {

    /** Settlements not yet marked as bookkept. */
    List<Settlement> openSettlements(long creditorId);

    /** Marks the settlement bookkept under the ERP's entry name; repeating it is harmless. */
    void markBookkept(long creditorId, String settlementId, String internalAccountingId);
}
