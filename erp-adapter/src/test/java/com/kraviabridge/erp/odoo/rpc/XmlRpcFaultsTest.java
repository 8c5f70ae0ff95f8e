package com.kraviabridge.erp.odoo.rpc;

import org.apache.xmlrpc.XmlRpcException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XmlRpcFaultsTest {

    @Test
    void fault_codes_name_the_odoo_exception() {
        assertThat(name(new XmlRpcException(3, "Access Denied"))).isEqualTo("odoo.exceptions.AccessDenied");
        assertThat(name(new XmlRpcException(4, "You are not allowed"))).isEqualTo("odoo.exceptions.AccessError");
        assertThat(name(new XmlRpcException(2, "The entry is not balanced"))).isEqualTo("odoo.exceptions.UserError");
    }

    @Test
    void fault_one_is_named_by_the_last_line_of_its_traceback() {
        String traceback = "Traceback (most recent call last):\n  File \"/odoo/service/model.py\", line 133, in retrying\n"
                + "    result = func()\npsycopg2.errors.SerializationFailure: could not serialize access due to concurrent update\n\n";
        OdooServerError error = (OdooServerError) XmlRpcFaults.translate(new XmlRpcException(1, traceback), "write");
        assertThat(error.exceptionName()).isEqualTo("psycopg2.errors.SerializationFailure");
        assertThat(error.serverMessage()).isEqualTo("could not serialize access due to concurrent update");

        OdooServerError none = XmlRpcFaults.fromTraceback("Traceback...\nTypeError: cannot marshal None unless allow_none is enabled");
        assertThat(none.exceptionName()).isEqualTo("TypeError");
        assertThat(none.isUnmarshallableResult()).isTrue();

        OdooServerError plain = XmlRpcFaults.fromTraceback("Something odd: happened");
        assertThat(plain.exceptionName()).isEmpty();
        assertThat(plain.serverMessage()).isEqualTo("Something odd: happened");
    }

    @Test
    void values_are_sent_as_plain_xml_rpc_and_read_back_neutrally() {
        Object[] wire = XmlRpcValues.toWire(List.of(5L, Map.of("amount", new BigDecimal("12.50"), "date",
                LocalDate.of(2024, 1, 2)), List.of(1L, 2L)));
        assertThat(wire[0]).isEqualTo(5);
        assertThat(((Map<?, ?>) wire[1]).get("amount")).isEqualTo(12.5d);
        assertThat(((Map<?, ?>) wire[1]).get("date")).isEqualTo("2024-01-02");
        assertThat((Object[]) wire[2]).containsExactly(1, 2);
        assertThat(XmlRpcValues.toWire((Object) null)).isEqualTo(false);
        assertThatThrownBy(() -> XmlRpcValues.toWire(5_000_000_000L)).hasMessageContaining("32-bit");

        assertThat(XmlRpcValues.fromWire(new Object[]{7, 1234.5d})).isEqualTo(List.of(7L, new BigDecimal("1234.5")));
    }

    private static String name(XmlRpcException e) {
        return ((OdooServerError) XmlRpcFaults.translate(e, "read")).exceptionName();
    }
}
