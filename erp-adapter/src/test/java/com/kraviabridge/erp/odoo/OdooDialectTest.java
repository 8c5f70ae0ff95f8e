package com.kraviabridge.erp.odoo;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OdooDialectTest {

    @Test
    void odoo_19_and_20_name_the_fields_the_bridge_reads_like_18() {
        for (int major : List.of(19, 20)) {
            OdooDialect dialect = OdooDialect.forMajor(major);
            assertThat(dialect.reversalsField()).isEqualTo("reversal_move_ids");
            assertThat(dialect.movePaymentField()).isEqualTo("origin_payment_id");
            assertThat(dialect.paymentMemoField()).isEqualTo("memo");
            assertThat(dialect.accountOfCompany(3)).isEqualTo(List.of("company_ids", "in", List.of(3L)));
            assertThat(dialect.internalNote("<p>x</p>")).containsEntry("body_is_html", true);
        }
    }

    @Test
    void from_19_on_json_rpc_and_xml_rpc_are_deprecated() {
        assertThat(OdooDialect.forMajor(18).deprecatesRpc()).isFalse();
        assertThat(OdooDialect.forMajor(19).deprecatesRpc()).isTrue();
        assertThat(OdooDialect.forMajor(20).deprecatesRpc()).isTrue();
    }

    @Test
    void odoo_before_16_is_refused() {
        assertThatThrownBy(() -> OdooDialect.forMajor(15)).hasMessageContaining("Odoo 16 or later");
    }
}
