package com.kraviabridge.kravia;

import com.fasterxml.jackson.databind.JsonNode;
import com.kraviabridge.core.domain.Settlement;
import com.kraviabridge.core.port.collector.SettlementSource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@link SettlementSource} over Kravia's settlements (E10) and their bookkeeping mark (E11). */
final class KraviaSettlementSource implements SettlementSource {

    private final KraviaHttp http;

    KraviaSettlementSource(KraviaHttp http) {
        this.http = http;
    }

    /**
     * Kravia documents no creditor filter on this list: it holds the settlements of every creditor of the token. So
     * it is read once for all the creditors asked for, each getting its own, and those of other creditors are
     * dropped here; so are any that say they are closed already.
     */
    @Override
    public Map<Long, List<Settlement>> openSettlements(Collection<Long> creditorIds) {
        if (creditorIds.isEmpty()) {
            return Map.of();
        }
        // The call is made on behalf of the first creditor: the token, not the creditor, decides what is listed.
        long first = creditorIds.iterator().next();
        KraviaCall call = KraviaCall.get(first, KraviaContract.SETTLEMENTS,
                Map.of(KraviaContract.EXCLUDE_CLOSED, "true"));
        return http.exchange(call, answer -> {
            Map<Long, List<Settlement>> open = new LinkedHashMap<>();
            creditorIds.forEach(id -> open.put(id, new ArrayList<>()));
            for (JsonNode item : KraviaAnswers.listItems(answer)) {
                if (KraviaAnswers.isClosed(item)) {
                    continue;
                }
                // One that names no creditor can only be the creditor's when a single one was asked for.
                Settlement settlement = KraviaAnswers.settlement(item, creditorIds.size() == 1 ? first : 0);
                List<Settlement> ofCreditor = open.get(settlement.creditorId());
                if (ofCreditor != null) {
                    ofCreditor.add(settlement);
                }
            }
            return open;
        });
    }

    /** Repeating it is harmless (docs/kravia-contract.md §10), so it is retried like a read. */
    @Override
    public void markBookkept(long creditorId, String settlementId, String internalAccountingId) {
        Objects.requireNonNull(settlementId, "settlementId");
        Objects.requireNonNull(internalAccountingId, "internalAccountingId");
        http.send(KraviaCall.patch(creditorId, KraviaContract.bookkeep(KraviaHttp.encode(settlementId)),
                Map.of(KraviaContract.INTERNAL_ACCOUNTING_ID, internalAccountingId)));
    }
}
