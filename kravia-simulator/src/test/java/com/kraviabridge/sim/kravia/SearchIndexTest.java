package com.kraviabridge.sim.kravia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The indexed search answers exactly what a scan of every case answers: same pages, same order, same total,
 * same refusals. The reference below is the plain scan, so any drift of the index from the cases shows up.
 */
class SearchIndexTest {

    private static final long A = 501;
    private static final long B = 502;
    private static final long C = 503;
    private static final Access OWN = new Access(Set.of(A));
    private static final Access PARTNER = new Access(Set.of(A, B));
    private static final Access EVERYONE = new Access(Set.of(A, B, C));

    private final Random random = new Random(20250501);
    private final List<Long> ids = new ArrayList<>();
    private WebhookDispatcher webhooks;
    private SimCore core;

    @BeforeEach
    void start() {
        SimulatorSettings settings = SimulatorSettings.defaults()
                .withFixedStart(Instant.parse("2025-05-01T10:00:00Z")).withSteps(2, 3).withSettleDaily(false);
        Creditors creditors = new Creditors();
        creditors.add(A, "token-a", true);
        creditors.add(B, "token-b", true);
        creditors.add(C, "token-c", true);
        webhooks = new WebhookDispatcher(settings);
        core = new SimCore(settings, new SimClock(settings.baseClock()), creditors, webhooks);
    }

    @AfterEach
    void stop() {
        webhooks.close();
    }

    @Test
    void everyOrderBoundAndPageMatchesAScanOfAllCases() {
        fillBook();
        List<LocalDateTime> bounds = boundsToProbe();

        int compared = 0;
        for (Access access : List.of(OWN, PARTNER, EVERYONE)) {
            for (Long creditorId : Arrays.asList(null, A, B)) {
                if (creditorId != null && !access.grants(creditorId)) {
                    continue;
                }
                for (LocalDateTime from : bounds) {
                    for (boolean byLastUpdated : List.of(true, false)) {
                        for (boolean ascending : List.of(true, false)) {
                            for (int[] page : new int[][] {{0, 1}, {0, 100}, {37, 25}, {250, 100}, {5000, 10}}) {
                                SearchQuery query = new SearchQuery(from, byLastUpdated, ascending, page[0], page[1],
                                        creditorId);
                                assertSameAsScan(query, access);
                                compared++;
                            }
                        }
                    }
                }
            }
        }
        assertThat(compared).as("own token 2, partner 3, all three 3 narrowings")
                .isEqualTo(8 * bounds.size() * 2 * 2 * 5);
    }

    @Test
    void pagingTheFeedWhileCasesMoveMatchesAScanAtEveryPage() {
        fillBook();
        LocalDateTime mark = core.invoice(ids.get(ids.size() / 2)).lastUpdatedTime();
        int skip = 0;
        int pages = 0;
        SearchPage page;
        do {
            SearchQuery query = new SearchQuery(mark, true, true, skip, 20, null);
            page = assertSameAsScan(query, PARTNER);
            skip += 20;
            pages++;
            core.touch(someIds(3));
            ids.add(core.register(registration(B, "late-" + pages)).id());
        } while (!page.items().isEmpty());

        assertThat(pages).as("the feed went on for several pages").isGreaterThan(5);
    }

    @Test
    void aCreditorOutsideTheTokenIsRefusedAsTheScanWas() {
        fillBook();
        SearchQuery query = new SearchQuery(null, true, true, 0, 10, C);

        assertThatThrownBy(() -> core.search(query, PARTNER)).isInstanceOf(ApiError.class)
                .hasMessageContaining("creditor " + C);
    }

    /**
     * Cases of three creditors, of all claim types, stamped by registration, by touches (one stamp for several),
     * by a stretch of equal stamps, by payments and by the lifecycle over a few days, so equal stamps, cases moved
     * to the end and unmoved cases all meet.
     */
    private void fillBook() {
        long[] creditors = {A, B, C};
        for (int i = 0; i < 600; i++) {
            long creditor = creditors[random.nextInt(3)];
            ids.add(core.register(registration(creditor, "r" + i)).id());
            if (i % 50 == 49) {
                core.touch(someIds(4));
            }
            if (i == 300) {
                core.sameTimestampMode(true);
            }
            if (i == 360) {
                core.sameTimestampMode(false);
            }
            if (i % 100 == 99) {
                core.move(Duration.ofDays(1));
            }
        }
        for (int i = 0; i < 40; i++) {
            long id = ids.get(random.nextInt(ids.size()));
            if (!core.invoice(id).isClosed()) {
                core.debtorPays(id, new BigDecimal("10.00"));
            }
        }
        core.move(Duration.ofDays(4));
    }

    /** No bound, a bound before everything, exact stamps (the bound is inclusive) and points between stamps. */
    private List<LocalDateTime> boundsToProbe() {
        List<LocalDateTime> bounds = new ArrayList<>();
        bounds.add(null);
        bounds.add(LocalDateTime.parse("2025-01-01T00:00:00"));
        for (int i = 0; i < 4; i++) {
            LocalDateTime stamp = core.invoice(ids.get(random.nextInt(ids.size()))).lastUpdatedTime();
            bounds.add(stamp);
            bounds.add(stamp.plusNanos(50));
        }
        bounds.add(core.invoice(ids.get(330)).lastUpdatedTime());
        bounds.add(LocalDateTime.parse("2030-01-01T00:00:00"));
        return bounds;
    }

    private long[] someIds(int count) {
        long[] some = new long[count];
        for (int i = 0; i < count; i++) {
            some[i] = ids.get(random.nextInt(ids.size()));
        }
        return some;
    }

    private SearchPage assertSameAsScan(SearchQuery query, Access access) {
        SearchPage expected = scan(query, access);
        SearchPage actual = core.search(query, access);
        assertThat(actual.totalCount()).as("%s with %s", query, access).isEqualTo(expected.totalCount());
        assertThat(actual.items()).as("%s with %s", query, access).isEqualTo(expected.items());
        return actual;
    }

    /** The straightforward search: every case of every creditor, filtered, sorted, cut. */
    private SearchPage scan(SearchQuery query, Access access) {
        List<InvoiceSnapshot> matches = new ArrayList<>();
        for (long creditor : List.of(A, B, C)) {
            for (InvoiceSnapshot s : core.invoices(creditor)) {
                boolean visible = access.grants(s.creditorId())
                        && (query.creditorId() == null || query.creditorId() == s.creditorId());
                if (visible && (query.updatedFrom() == null || !s.lastUpdatedTime().isBefore(query.updatedFrom()))) {
                    matches.add(s);
                }
            }
        }
        Comparator<InvoiceSnapshot> order = query.byLastUpdated()
                ? Comparator.comparing(InvoiceSnapshot::lastUpdatedTime).thenComparingLong(InvoiceSnapshot::id)
                : Comparator.comparingLong(InvoiceSnapshot::id);
        matches.sort(query.ascending() ? order : order.reversed());
        int from = Math.min(query.skip(), matches.size());
        int to = Math.min(from + query.top(), matches.size());
        return new SearchPage(List.copyOf(matches.subList(from, to)), matches.size());
    }

    private static Registration registration(long creditor, String invoiceNo) {
        ClaimType[] types = ClaimType.values();
        ClaimType type = types[Math.floorMod(invoiceNo.hashCode(), types.length)];
        DebtorData debtor = new DebtorData("Debtor " + invoiceNo, "D-" + invoiceNo, null, null, null, true,
                new PostalAddress("Storgata 1", "0155", "Oslo", "NO"));
        return new Registration(type, creditor, "acc-" + invoiceNo, debtor, invoiceNo, LocalDate.parse("2025-03-01"),
                LocalDate.parse("2025-04-01"), new BigDecimal("1000.00"), "NOK", null);
    }
}
