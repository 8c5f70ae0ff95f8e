package com.kraviabridge.app.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kraviabridge.sim.kravia.WebhookSigners;
import com.kraviabridge.sim.kravia.WebhookEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/** What the daemon tests share: schedules that never fire, a free port, a small HTTP client, SQL counts. */
final class DaemonFixtures {

    /** A Quartz cron expression that fires on 1 January 2099 only: as good as never, for a test. */
    static final String NEVER = "0 0 0 1 1 ? 2099";

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private DaemonFixtures() {
    }

    /** Every flow's schedule far away, plus the given settings (which win). */
    static Map<String, String> config(Map<String, String> settings) {
        Map<String, String> all = new LinkedHashMap<>();
        for (String flow : new String[] {"invoices", "payments", "credits", "status", "settlements"}) {
            all.put("schedule." + flow, NEVER);
        }
        all.putAll(settings);
        return all;
    }

    /**
     * A port nobody listens on right now (webhook.port = 0 would turn the endpoint off). Taken below Linux's
     * ephemeral range (32768 and up), where the kernel picks the local ports of outgoing connections: otherwise one
     * of the many connections a test opens could take the port between this choice and the daemon's bind.
     */
    static int freePort() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = 20_000 + ThreadLocalRandom.current().nextInt(12_000);
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("no free port between 20000 and 32000");
    }

    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    static Answer get(int port, String path) {
        return send(port, path, HttpRequest.newBuilder().GET());
    }

    static Answer post(int port, String path, String body) {
        return post(port, path, body.getBytes(StandardCharsets.UTF_8));
    }

    static Answer post(int port, String path, byte[] body) {
        return send(port, path, HttpRequest.newBuilder().header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static Answer send(int port, String path, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.uri(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A CaseUpdate for {@code claim}, stamped now and signed with {@code secret} as Kravia signs it. */
    static String signedCaseUpdate(long claim, String secret) {
        var event = new WebhookEvent(Instant.now().getEpochSecond(), WebhookEvent.CASE_UPDATE, claim);
        return "{\"header\":{\"algorithm\":\"MD5\"},\"data\":{\"timestamp\":" + event.timestamp()
                + ",\"eventType\":\"" + event.eventType() + "\",\"claimId\":" + claim + "},\"signature\":\""
                + WebhookSigners.primary().sign(event, secret) + "\"}";
    }

    static long count(DataSource dataSource, String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
