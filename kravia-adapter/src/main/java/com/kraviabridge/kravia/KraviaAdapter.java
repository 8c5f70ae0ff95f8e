package com.kraviabridge.kravia;

import com.kraviabridge.core.port.collector.CaseFeed;
import com.kraviabridge.core.port.collector.CaseRegistry;
import com.kraviabridge.core.port.RemoteCallListener;
import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.port.collector.SettlementSource;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Kravia side of the bridge, built from one {@link KraviaSettings}. All its parts share one HTTP client,
 * one rate limit and one cap on requests in flight, so build one adapter per Kravia account, not per use.
 */
public final class KraviaAdapter {

    private final KraviaHttp http;
    private final KraviaCaseRegistry cases;
    private final KraviaCaseFeed feed;
    private final KraviaSettlementSource settlements;
    private final KraviaWebhookSetup webhooks;

    public KraviaAdapter(KraviaSettings settings) {
        this(settings, RemoteCallListener.NONE);
    }

    /** The same, telling the listener of every request sent to Kravia and of every retry. */
    public KraviaAdapter(KraviaSettings settings, RemoteCallListener listener) {
        this.http = new KraviaHttp(settings, listener);
        this.cases = new KraviaCaseRegistry(http, settings.searchPageSize());
        this.feed = new KraviaCaseFeed(http, settings.searchPageSize());
        this.settlements = new KraviaSettlementSource(http);
        this.webhooks = new KraviaWebhookSetup(http);
    }

    public CaseRegistry cases() {
        return cases;
    }

    public CaseFeed feed() {
        return feed;
    }

    public SettlementSource settlements() {
        return settlements;
    }

    public KraviaWebhookSetup webhooks() {
        return webhooks;
    }

    /**
     * Proves that Kravia answers and accepts the token for this creditor, with the cheapest read there is (one
     * search result); for the administrator's {@code doctor} check. Throws {@link RemoteFailure} otherwise.
     */
    public void checkAccess(long creditorId) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put(KraviaContract.LAST_UPDATED_TIME, KraviaTime.searchBound(LocalDateTime.now(KraviaContract.TIME_ZONE)));
        query.put(KraviaContract.ORDER_BY, KraviaContract.ORDER_BY_LAST_UPDATED);
        query.put(KraviaContract.BY_ASCENDING, "true");
        query.put(KraviaContract.SKIP, "0");
        query.put(KraviaContract.TOP, "1");
        http.exchange(KraviaCall.get(creditorId, KraviaContract.SEARCH, query), KraviaAnswers::listItems);
    }
}
