package com.kraviabridge.core.port.collector;

import com.kraviabridge.core.domain.Settlement;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Collector port: Kravia's payouts with their bookkeeping suggestions. */
public interface SettlementSource {

    /** Settlements of these creditors not yet marked as bookkept, by creditor, all read at once. */
    Map<Long, List<Settlement>> openSettlements(Collection<Long> creditorIds);

    /** Settlements of one creditor not yet marked as bookkept. */
    default List<Settlement> openSettlements(long creditorId) {
        return openSettlements(List.of(creditorId)).getOrDefault(creditorId, List.of());
    }

    /** Marks the settlement bookkept under the ERP's entry name; repeating it is harmless. */
    void markBookkept(long creditorId, String settlementId, String internalAccountingId);
}
