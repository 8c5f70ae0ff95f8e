package com.kraviabridge.erp.odoo;

import com.kraviabridge.core.domain.PaymentState;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The small translations between Odoo's values and the core's. */
class OdooValuesTest {

    @Test
    void organisation_number_prefers_the_registry_and_cleans_the_vat_number() {
        assertThat(OrganisationNumbers.of("923 609 016", "NO999999999MVA")).isEqualTo("923609016");
        assertThat(OrganisationNumbers.of(null, "NO 923 609 016 MVA")).isEqualTo("923609016");
        assertThat(OrganisationNumbers.of("", "no923609016mva")).isEqualTo("923609016");
        assertThat(OrganisationNumbers.of(null, "923609016")).isEqualTo("923609016");
        assertThat(OrganisationNumbers.of(null, "SE556677889901")).isEqualTo("556677889901");
        assertThat(OrganisationNumbers.of(null, null)).isNull();
        assertThat(OrganisationNumbers.of(" ", "MVA")).isNull();
    }

    @Test
    void notes_are_escaped_html_with_line_breaks() {
        assertThat(NoteBody.html("Sent to Kravia <case 12> & co\nStatus: \"open\""))
                .isEqualTo("<p>Sent to Kravia &lt;case 12&gt; &amp; co<br/>Status: &quot;open&quot;</p>");
    }

    @Test
    void the_dialect_holds_every_field_difference_between_majors() {
        OdooDialect v16 = OdooDialect.forMajor(16);
        OdooDialect v17 = OdooDialect.forMajor(17);
        OdooDialect v18 = OdooDialect.forMajor(18);
        OdooDialect v19 = OdooDialect.forMajor(19);

        assertThat(List.of(v16.reversalsField(), v17.reversalsField(), v18.reversalsField(), v19.reversalsField()))
                .containsExactly("reversal_move_id", "reversal_move_id", "reversal_move_ids", "reversal_move_ids");
        assertThat(List.of(v16.movePaymentField(), v17.movePaymentField(), v18.movePaymentField()))
                .containsExactly("payment_id", "payment_id", "origin_payment_id");
        assertThat(List.of(v17.paymentMemoField(), v18.paymentMemoField())).containsExactly("ref", "memo");
        assertThat(v17.accountOfCompany(3)).isEqualTo(List.of("company_id", "=", 3L));
        assertThat(v18.accountOfCompany(3)).isEqualTo(List.of("company_ids", "in", List.of(3L)));
        assertThat(v16.internalNote("<p>x</p>")).doesNotContainKey("body_is_html");
        assertThat(v17.internalNote("<p>x</p>")).containsEntry("body_is_html", true)
                .containsEntry("message_type", "comment").containsEntry("subtype_xmlid", "mail.mt_note");
        assertThat(v18.paymentState("blocked")).isEqualTo(PaymentState.BLOCKED);
        assertThat(v17.paymentState("blocked")).isEqualTo(PaymentState.OTHER);
        assertThat(v16.paymentState("invoicing_legacy")).isEqualTo(PaymentState.OTHER);
        assertThat(v16.paymentState("partial")).isEqualTo(PaymentState.PARTIAL);
        assertThatThrownBy(() -> OdooDialect.forMajor(15)).hasMessageContaining("not supported");
    }

    @Test
    void the_major_version_comes_from_the_server() {
        assertThat(ServerVersion.of(Map.of("server_version", "17.0", "server_version_info", List.of(17L, 0L, 0L))).major())
                .isEqualTo(17);
        assertThat(ServerVersion.of(Map.of("server_version", "saas~18.2+e",
                "server_version_info", List.of("saas~18", 2L, 0L))).major()).isEqualTo(18);
        assertThat(ServerVersion.of(Map.of("server_version", "19.0")).major()).isEqualTo(19);
    }

    @Test
    void records_undo_odoos_encoding_of_empty_values() {
        OdooRecord r = new OdooRecord(Map.of("id", 4L, "name", false, "partner_id", List.of(9L, "Acme"),
                "country_id", false, "category_id", List.of(1L, 2L), "invoice_date", "2024-03-01"));
        assertThat(r.text("name")).isNull();
        assertThat(r.refId("partner_id")).isEqualTo(9);
        assertThat(r.refName("partner_id")).isEqualTo("Acme");
        assertThat(r.refId("country_id")).isZero();
        assertThat(r.ids("category_id")).containsExactly(1L, 2L);
        assertThat(r.date("invoice_date")).hasToString("2024-03-01");
        assertThat(r.date("name")).isNull();
    }
}
