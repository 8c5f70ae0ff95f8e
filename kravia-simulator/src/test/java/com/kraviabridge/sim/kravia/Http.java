package com.kraviabridge.sim.kravia;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A tiny client over real HTTP for the tests: it sends what it is told and hides nothing. */
final class Http {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** A status, the headers and the body, parsed when it is JSON. */
    record Reply(int status, HttpResponse<String> raw) {

        JsonNode json() {
            try {
                return MAPPER.readTree(raw.body());
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + raw.body(), e);
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        String body() {
            return raw.body();
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private Duration timeout = Duration.ofSeconds(10);

    Http(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    Http withTimeout(Duration newTimeout) {
        Http copy = new Http(baseUrl);
        copy.timeout = newTimeout;
        return copy;
    }

    Reply get(String path, String authorization) {
        return send(request(path, authorization).GET());
    }

    Reply post(String path, String authorization, String json) {
        return send(request(path, authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply put(String path, String authorization, String json) {
        return send(request(path, authorization).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply patch(String path, String authorization) {
        return send(request(path, authorization).method("PATCH", HttpRequest.BodyPublishers.noBody()));
    }

    /** A POST without any Content-Type header. */
    Reply postWithoutContentType(String path, String authorization, String json) {
        return send(request(path, authorization).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Throws what the JDK client throws (timeouts, closed connections) instead of wrapping it. */
    Reply postRaw(String path, String authorization, String json) throws IOException, InterruptedException {
        HttpRequest request = request(path, authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response);
    }

    private HttpRequest.Builder request(String path, String authorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
