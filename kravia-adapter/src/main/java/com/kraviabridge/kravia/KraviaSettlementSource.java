package com.kraviabridge.kravia;

import com.fasterxml.jackson.databind.JsonNode;
import com.kraviabridge.core.domain.Settlement;
import com.kraviabridge.core.port.collector.SettlementSource;

import java.util.ArrayList;
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
     * Kravia documents no creditor filter on this list, so the token's settlements are fetched and those of
     * other creditors dropped here; so are any that say they are closed already.
     */
    @Override
    public List<Settlement> openSettlements(long creditorId) {
        KraviaCall call = KraviaCall.get(creditorId, KraviaContract.SETTLEMENTS,
                Map.of(KraviaContract.EXCLUDE_CLOSED, "true"));
        return http.exchange(call, answer -> {
            List<Settlement> open = new ArrayList<>();
            for (JsonNode item : KraviaAnswers.listItems(answer)) {
                Settlement settlement = KraviaAnswers.settlement(item, creditorId);
                if (settlement.creditorId() == creditorId && !KraviaAnswers.isClosed(item)) {
                    open.add(settlement);
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
