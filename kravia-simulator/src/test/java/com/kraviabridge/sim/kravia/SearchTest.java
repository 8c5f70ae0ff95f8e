package com.kraviabridge.sim.kravia;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code GET invoice/search} as the delta feed (docs/kravia-contract.md §7). */
class SearchTest extends SimulatorTest {

    private static final String FEED = "/api/v2/invoice/search?orderBy=11&byAscending=true";

    private JsonNode search(String query) {
        Http.Reply reply = http.get("/api/v2/invoice/search?" + query, TOKEN);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("data").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    @Test
    void pagesWithSkipAndTopAndReportsTheTotal() {
        List<Long> all = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            all.add(register(Integer.toString(i), "100"));
        }
        JsonNode first = search("orderBy=11&byAscending=true&skip=0&top=2");
        JsonNode second = search("orderBy=11&byAscending=true&skip=2&top=2");
        JsonNode third = search("orderBy=11&byAscending=true&skip=4&top=2");
        JsonNode beyond = search("orderBy=11&byAscending=true&skip=6&top=2");

        assertThat(first.get("totalCount").asInt()).isEqualTo(5);
        assertThat(ids(first)).containsExactly(all.get(0), all.get(1));
        assertThat(ids(second)).containsExactly(all.get(2), all.get(3));
        assertThat(ids(third)).containsExactly(all.get(4));
        assertThat(ids(beyond)).isEmpty();
        assertThat(beyond.get("totalCount").asInt()).isEqualTo(5);
    }

    @Test
    void boundIsInclusiveAndTakesTheWireFormatItHandsOut() {
        long a = register("1", "100");
        long b = register("2", "100");
        String stampOfB = http.get("/api/v2/invoice/" + b + "/details", TOKEN).json().get("lastUpdatedTime").asText();

        JsonNode page = search("orderBy=11&byAscending=True&lastUpdatedTime=" + stampOfB);

        assertThat(ids(page)).containsExactly(b);
        assertThat(ids(search("orderBy=11&byAscending=true&lastUpdatedTime=2025-05-01T00:00:00")))
                .containsExactly(a, b);
    }

    @Test
    void aChangedCaseMovesToTheEndOfTheFeed() {
        long a = register("1", "100");
        long b = register("2", "100");
        http.post("/api/v2/invoice/payment", TOKEN, Bodies.payment("P", "10", a, "10"));
        assertThat(ids(search("orderBy=11&byAscending=true"))).containsExactly(b, a);
        assertThat(ids(search("orderBy=11&byAscending=false"))).containsExactly(a, b);
        assertThat(ids(search("orderBy=11"))).as("byAscending defaults to false").containsExactly(a, b);
    }

    @Test
    void touchGivesSeveralCasesOneEqualTimestampAcrossAPageEdge() {
        long a = register("1", "100");
        long b = register("2", "100");
        long c = register("3", "100");
        long d = register("4", "100");
        sim.touch(b, c, d);

        assertThat(sim.invoice(b).lastUpdatedTime()).isEqualTo(sim.invoice(c).lastUpdatedTime())
                .isEqualTo(sim.invoice(d).lastUpdatedTime()).isAfter(sim.invoice(a).lastUpdatedTime());
        String shared = http.get("/api/v2/invoice/" + c + "/details", TOKEN).json().get("lastUpdatedTime").asText();
        JsonNode first = search("orderBy=11&byAscending=true&top=2&lastUpdatedTime=" + shared);
        JsonNode second = search("orderBy=11&byAscending=true&top=2&skip=2&lastUpdatedTime=" + shared);
        assertThat(ids(first)).containsExactly(b, c);
        assertThat(ids(second)).containsExactly(d);
    }

    @Test
    void sameTimestampModeStampsEveryChangeAlike() {
        sim.setSameTimestampMode(true);
        long a = register("1", "100");
        long b = register("2", "100");
        sim.setSameTimestampMode(false);
        long c = register("3", "100");

        assertThat(sim.invoice(a).lastUpdatedTime()).isEqualTo(sim.invoice(b).lastUpdatedTime());
        assertThat(sim.invoice(c).lastUpdatedTime()).isAfter(sim.invoice(b).lastUpdatedTime());
    }

    @Test
    void timestampsAreZoneLessUtcWithSevenFractionDigits() {
        long id = register("1", "100");
        String stamp = search("orderBy=11").get("data").get(0).get("lastUpdatedTime").asText();
        assertThat(stamp).isEqualTo("2025-05-01T10:00:00.0000000");
        assertThat(sim.invoice(id).lastUpdatedTime().toString()).isEqualTo("2025-05-01T10:00");
    }

    @Test
    void badParametersAre400() {
        Http.Reply reply = http.get("/api/v2/invoice/search?lastUpdatedTime=yesterday&byAscending=maybe&skip=-1"
                + "&orderBy=3", TOKEN);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").fieldNames()).toIterable()
                .contains("lastUpdatedTime", "byAscending", "skip", "orderBy");
    }

    @Test
    void theFeedPathUsedByTheClientWorks() {
        register("1", "100");
        assertThat(http.get(FEED + "&lastUpdatedTime=2025-05-01T09:59:59.9999999&skip=0&top=50", TOKEN)
                .json().get("totalCount").asInt()).isEqualTo(1);
    }
}
