package com.kraviabridge.sim.odoo;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The time Odoo's own work takes, charged by method and by the records a call handles. */
class RowCostsTest {

    @Test
    void the_figures_measured_on_odoo_18_give_the_time_of_a_call_by_its_rows() {
        RowCosts odoo18 = RowCosts.measuredOnOdoo18();

        assertThat(odoo18.of("account.move", "load", 1000)).isEqualTo(Duration.ofSeconds(14));
        assertThat(odoo18.of("account.move", "write", 1000)).isEqualTo(Duration.ofMillis(2_292).plusNanos(750_000));
        assertThat(odoo18.of("account.move", "write", 1)).isEqualTo(Duration.ofMillis(45));
        assertThat(odoo18.of("mail.message", "create", 100)).isEqualTo(Duration.ofMillis(300));
        assertThat(odoo18.of("res.partner", "search_read", 1000)).as("search_read is charged on every model")
                .isEqualTo(Duration.ofMillis(200));
        assertThat(odoo18.of("res.partner", "write", 1000)).as("not measured, not charged").isZero();
    }

    @Test
    void a_cost_for_one_model_wins_over_the_cost_for_every_model() {
        RowCosts costs = RowCosts.none().with("write", Duration.ZERO, Duration.ofMillis(1))
                .with("account.move.write", Duration.ofMillis(10), Duration.ofMillis(5));

        assertThat(costs.of("account.move", "write", 2)).isEqualTo(Duration.ofMillis(20));
        assertThat(costs.of("res.partner", "write", 2)).isEqualTo(Duration.ofMillis(2));
    }

    @Test
    void the_rows_of_a_remote_call_are_the_records_it_is_given_or_answers_with() {
        try (Fixture fx = new Fixture(OdooVersion.V17)) {
            List<String> worked = new ArrayList<>();
            fx.db.internal().meter((model, method, rows) -> worked.add(model + "." + method + " " + rows));
            Odoo json = fx.client(Odoo.Protocol.JSON);
            int before = fx.db.count("res.partner");

            json.call("res.partner", "create", List.of(List.of(Map.of("name", "A"), Map.of("name", "B"),
                    Map.of("name", "C"))), Map.of());
            List<Integer> made = json.search("res.partner", List.of(List.of("name", "in", List.of("A", "B", "C"))));
            json.call("res.partner", "write", List.of(made.subList(0, 2), Map.of("comment", "x")), Map.of());
            json.call("res.partner", "search_read", List.of(List.of()), Map.of("fields", List.of("name")));
            json.call("res.partner", "search_count", List.of(List.of()), Map.of());

            assertThat(worked).containsExactly("res.partner.create 3", "res.partner.search 3",
                    "res.partner.write 2", "res.partner.search_read " + (before + 3), "res.partner.search_count 1");
        }
    }

    @Test
    void work_done_outside_the_remote_api_is_not_metered() {
        try (Fixture fx = new Fixture(OdooVersion.V17)) {
            List<String> worked = new ArrayList<>();
            fx.db.internal().meter((model, method, rows) -> worked.add(model + "." + method));

            fx.db.execute("res.partner", "create", List.of(Map.of("name", "Seeded")), Map.of());

            assertThat(worked).isEmpty();
        }
    }

    @Test
    void over_json2_the_rows_of_a_write_are_its_ids() {
        try (Fixture fx = new Fixture(OdooVersion.V19)) {
            List<String> worked = new ArrayList<>();
            fx.db.internal().meter((model, method, rows) -> worked.add(model + "." + method + " " + rows));
            Json2 json2 = Json2.withKey(fx.sim.url(), "acme", "bot-api-key");
            int a = json2.call("res.partner", "create", "vals_list", List.of(Map.of("name", "A"))).json().get(0).asInt();
            int b = json2.call("res.partner", "create", "vals_list", List.of(Map.of("name", "B"))).json().get(0).asInt();

            json2.call("res.partner", "write", "ids", List.of(a, b), "vals", Map.of("comment", "x"));

            assertThat(worked).containsExactly("res.partner.create 1", "res.partner.create 1", "res.partner.write 2");
        }
    }

    @Test
    void a_remote_call_takes_at_least_the_time_its_rows_cost() {
        try (Fixture fx = new Fixture(OdooVersion.V17)) {
            Odoo json = fx.client(Odoo.Protocol.JSON);
            json.call("res.partner", "create", List.of(List.of(Map.of("name", "A"), Map.of("name", "B"),
                    Map.of("name", "C"))), Map.of());
            List<Integer> made = json.search("res.partner", List.of(List.of("name", "in", List.of("A", "B", "C"))));
            fx.sim.faults().rowCosts(RowCosts.none().with("res.partner.write", Duration.ofMillis(50),
                    Duration.ofMillis(100)));

            long started = System.nanoTime();
            json.call("res.partner", "write", List.of(made, Map.of("comment", "x")), Map.of());

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(350));
            fx.sim.faults().clear();
            assertThat(fx.sim.faults().rowCosts().isNone()).isTrue();
        }
    }
}
