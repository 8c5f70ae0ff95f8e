package com.kraviabridge.app.daemon;

import com.kraviabridge.app.metrics.BridgeMetrics;

/** {@code GET /metrics}: every figure of the bridge in Prometheus's text format, for a Prometheus server to scrape. */
final class MetricsEndpoint implements Route {

    static final String PATH = "/metrics";

    private final BridgeMetrics metrics;

    MetricsEndpoint(BridgeMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public HttpAnswer answer(HttpCall call) {
        if (!"GET".equals(call.method())) {
            return HttpAnswer.text(405, "method not allowed");
        }
        return new HttpAnswer(200, BridgeMetrics.contentType(), metrics.scrape(), () -> { });
    }
}
