package com.kraviabridge.app.daemon;

import com.kraviabridge.app.wiring.Bridge;
import com.kraviabridge.config.BridgeConfig;
import com.kraviabridge.config.CreditorConfig;
import com.kraviabridge.core.usecase.report.FlowReport;
import com.kraviabridge.kravia.webhook.KeyCasing;
import com.kraviabridge.kravia.webhook.WebhookSettings;
import com.kraviabridge.kravia.webhook.WebhookVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code bridge run}: the scheduler and the HTTP endpoint around one {@link Bridge}. Closing it stops taking
 * work, lets running flows finish, then stops the endpoint and the store.
 */
public final class Daemon implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Daemon.class);

    private final Bridge bridge;
    private final BridgeScheduler scheduler;
    private final BridgeHttpServer http;
    private final HealthEndpoint health;

    private Daemon(Bridge bridge, BridgeScheduler scheduler, BridgeHttpServer http, HealthEndpoint health) {
        this.bridge = bridge;
        this.scheduler = scheduler;
        this.http = http;
        this.health = health;
    }

    public static Daemon start(Bridge bridge, Clock clock, long clusterCheckinMillis) {
        BridgeConfig settings = bridge.settings();
        JobRuns runs = new JobRuns(bridge.database().cursors(), bridge.metrics());
        runs.reportLastSuccesses();
        BridgeScheduler scheduler = new BridgeScheduler(bridge.database().dataSource(), settings.schedule(),
                bridge.synchronisation(), bridge.companiesOdooLacks(), runs, clock, clusterCheckinMillis);
        BridgeHttpServer http = null;
        HealthEndpoint health = null;
        try {
            if (settings.webhook().enabled()) {
                Map<Long, String> secrets = new HashMap<>();
                for (CreditorConfig creditor : settings.creditors()) {
                    if (creditor.webhookSecret() != null && !creditor.webhookSecret().reveal().isEmpty()) {
                        secrets.put(creditor.kraviaCreditorId(), creditor.webhookSecret().reveal());
                    }
                }
                WebhookVerifier verifier = new WebhookVerifier(new WebhookSettings(
                        settings.webhook().signatureRule().configValue(), KeyCasing.CAMEL, settings.webhook().tolerance()),
                        clock);
                WebhookEndpoint webhooks = new WebhookEndpoint(verifier, secrets, bridge.database().webhookInbox(),
                        () -> scheduler.runNow(FlowReport.Flow.STATUS), clock);
                health = new HealthEndpoint(bridge.database().dataSource(), runs, scheduler,
                        bridge.database().parkedRecords(), bridge.database().webhookInbox());
                Routes routes = new Routes()
                        .exact("/health", health)
                        .exact(MetricsEndpoint.PATH, new MetricsEndpoint(bridge.metrics()))
                        .under(WebhookEndpoint.PREFIX, new CountedWebhooks(webhooks, bridge.metrics()));
                http = new BridgeHttpServer(settings.webhook().bindAddress(), settings.webhook().port(),
                        HttpLimits.forBodiesUpTo(settings.webhook().maxBodyBytes()), routes);
            }
            scheduler.start();
        } catch (RuntimeException e) {
            if (http != null) {
                http.close();
            }
            if (health != null) {
                health.close();
            }
            scheduler.close();
            throw e;
        }
        LOG.info("bridge running as instance {}{}", scheduler.instanceId(),
                http == null ? "" : ", webhooks, health and metrics on port " + http.port());
        return new Daemon(bridge, scheduler, http, health);
    }

    public int httpPort() {
        return http == null ? 0 : http.port();
    }

    /** Where the HTTP endpoint listens, as the operating system reports it; null when it is off. */
    public InetSocketAddress httpAddress() {
        return http == null ? null : http.boundAddress();
    }

    public BridgeScheduler scheduler() {
        return scheduler;
    }

    public Bridge bridge() {
        return bridge;
    }

    @Override
    public void close() {
        try {
            scheduler.close();
        } finally {
            if (http != null) {
                http.close();
            }
            if (health != null) {
                health.close();
            }
        }
        LOG.info("bridge stopped");
    }
}
