package com.kraviabridge.kravia;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;

/**
 * A bare invoice search on loopback, for the paging rules alone: it can change cases between two pages
 * and can use an exclusive bound, which the simulator does not offer.
 */
final class FakeSearchServer implements AutoCloseable {

    record Row(long id, long creditorId, String reference, LocalDateTime updated) {
    }

    /** A row added with this creditor is answered without a {@code creditorId}. */
    static final long NOT_NAMED = -1;

    private final HttpServer server;
    private final List<Row> rows = new CopyOnWriteArrayList<>();
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private volatile boolean exclusiveBound;
    private volatile int maxTop = Integer.MAX_VALUE;
    private volatile boolean ignoreSkip;
    private volatile IntConsumer beforeRequest = request -> { };

    FakeSearchServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v2/invoice/search", this::search);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    KraviaAdapter adapter(int pageSize) {
        return new KraviaAdapter(KraviaSettings.defaults(baseUrl(), "test-token")
                .withThrottle(1000, 4).withRetries(0, Duration.ofMillis(10), Duration.ofMillis(50))
                .withSearchPageSize(pageSize));
    }

    void add(long id, long creditorId, LocalDateTime updated) {
        rows.add(new Row(id, creditorId, "REF-" + id, updated));
    }

    /** Kravia stamps a changed case with a new last-updated time, moving it to the end of the feed. */
    void touch(long id, LocalDateTime updated) {
        Row row = rows.stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        rows.remove(row);
        rows.add(new Row(id, row.creditorId(), row.reference(), updated));
    }

    /** Cuts larger {@code top} values to this, as a server with an undocumented maximum page size would. */
    void capTop(int max) {
        maxTop = max;
    }

    /** Always answers the first page, whatever {@code skip} says. */
    void ignoreSkip() {
        ignoreSkip = true;
    }

    void useExclusiveBound() {
        exclusiveBound = true;
    }

    /** Runs before answering the n-th search request (0-based). */
    void beforeRequest(IntConsumer action) {
        beforeRequest = action;
    }

    List<String> queries() {
        return queries;
    }

    private void search(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        queries.add(exchange.getRequestURI().getRawQuery());
        beforeRequest.accept(queries.size() - 1);
        LocalDateTime bound = LocalDateTime.parse(query.get("lastUpdatedTime"), DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        int skip = ignoreSkip ? 0 : Integer.parseInt(query.getOrDefault("skip", "0"));
        int top = Math.min(maxTop, Integer.parseInt(query.getOrDefault("top", "100")));
        List<Row> matching = new ArrayList<>();
        for (Row row : rows) {
            if (exclusiveBound ? row.updated().isAfter(bound) : !row.updated().isBefore(bound)) {
                matching.add(row);
            }
        }
        matching.sort(Comparator.comparing(Row::updated).thenComparing(Row::id));
        StringBuilder json = new StringBuilder("{\"data\":[");
        List<Row> page = matching.subList(Math.min(skip, matching.size()), Math.min(skip + top, matching.size()));
        for (int i = 0; i < page.size(); i++) {
            Row row = page.get(i);
            json.append(i == 0 ? "" : ",").append("{\"id\":").append(row.id())
                    .append(row.creditorId() == NOT_NAMED ? "" : ",\"creditorId\":" + row.creditorId())
                    .append(",\"accountingInvoiceId\":\"").append(row.reference())
                    .append("\",\"status\":\"REGISTERED\",\"remainingCapital\":100,\"currencyCode\":\"NOK\","
                            + "\"lastUpdatedTime\":\"").append(row.updated()).append("\"}");
        }
        json.append("],\"totalCount\":").append(matching.size()).append('}');
        byte[] body = json.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return query;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
