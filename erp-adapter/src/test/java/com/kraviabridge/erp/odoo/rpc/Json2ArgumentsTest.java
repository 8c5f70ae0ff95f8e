package com.kraviabridge.erp.odoo.rpc;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Json2ArgumentsTest {

    @Test
    void a_model_method_gets_its_positional_arguments_by_their_python_names() {
        Map<String, Object> body = Json2Arguments.bind("account.move", "search_read",
                List.of(List.of(List.of("state", "=", "posted"))),
                Map.of("fields", List.of("name"), "limit", 5, "context", Map.of("allowed_company_ids", List.of(1))));

        assertThat(body).containsOnlyKeys("domain", "fields", "limit", "context");
        assertThat(body.get("domain")).isEqualTo(List.of(List.of("state", "=", "posted")));
        assertThat(body.get("context")).isEqualTo(Map.of("allowed_company_ids", List.of(1)));
    }

    @Test
    void create_sends_its_values_as_vals_list_and_load_its_columns_and_rows() {
        assertThat(Json2Arguments.bind("res.partner", "create", List.of(Map.of("name", "A")), Map.of()))
                .isEqualTo(Map.of("vals_list", Map.of("name", "A")));
        assertThat(Json2Arguments.bind("account.move", "load", List.of(List.of("id", "x_a"), List.of(List.of("1", "b"))),
                Map.of())).containsOnlyKeys("fields", "data");
    }

    @Test
    void a_record_method_takes_its_first_argument_as_ids_even_a_single_id() {
        assertThat(Json2Arguments.bind("res.partner", "write", List.of(List.of(3L, 4L), Map.of("ref", "x")), Map.of()))
                .isEqualTo(Map.of("ids", List.of(3L, 4L), "vals", Map.of("ref", "x")));
        assertThat(Json2Arguments.bind("account.move", "action_post", List.of(5L), Map.of()))
                .isEqualTo(Map.of("ids", List.of(5L)));
        assertThat(Json2Arguments.bind("account.move", "message_post", List.of(List.of(5L)),
                Map.of("body", "<p>x</p>", "body_is_html", true)))
                .isEqualTo(Map.of("ids", List.of(5L), "body", "<p>x</p>", "body_is_html", true));
    }

    @Test
    void a_method_without_known_parameter_names_is_refused_before_anything_is_sent() {
        assertThatThrownBy(() -> Json2Arguments.bind("account.move", "js_assign_outstanding_line", List.of(1L), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("account.move.js_assign_outstanding_line")
                .hasMessageContaining("JSON-2 signatures");
    }

    @Test
    void more_positional_arguments_than_parameters_or_one_given_twice_is_refused() {
        assertThatThrownBy(() -> Json2Arguments.bind("x", "search_count", List.of(List.of(), 1, 2), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[domain, limit]");
        assertThatThrownBy(() -> Json2Arguments.bind("x", "search_read", List.of(List.of(), List.of("id")),
                Map.of("fields", List.of("name"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'fields'");
    }
}
