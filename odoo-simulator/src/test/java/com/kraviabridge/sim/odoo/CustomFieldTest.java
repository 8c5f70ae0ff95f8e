package com.kraviabridge.sim.odoo;

import com.kraviabridge.sim.odoo.seed.InvoiceRef;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;

import static com.kraviabridge.sim.odoo.AuthenticationTest.fault;
import static org.assertj.core.api.Assertions.assertThat;

class CustomFieldTest {

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = {"V16", "V17", "V18"})
    void adminCreatedFieldBecomesUsableOnTheModel(OdooVersion version) {
        try (Fixture fx = new Fixture(version)) {
            PartnerRef p = fx.db.seed().partner("Debtor AS").save();
            InvoiceRef inv = fx.db.seed().invoice(p).amount("100").invoiceDate(Fixture.TODAY).save();
            Odoo bot = fx.client(Odoo.Protocol.JSON);
            Odoo admin = fx.adminClient(Odoo.Protocol.XML);
            assertThat(fault(() -> bot.searchRead("account.move", List.of(), List.of("x_kravia_case"))).name)
                    .isEqualTo("builtins.ValueError");
            int model = bot.search("ir.model", List.of(List.of("model", "=", "account.move"))).get(0);
            Map<String, Object> vals = Map.of("name", "x_kravia_case", "model_id", model, "ttype", "char",
                    "field_description", "Kravia case", "state", "manual");
            Odoo.RpcFault denied = fault(() -> bot.call("ir.model.fields", "create", List.of(vals)));
            assertThat(denied.name).isEqualTo("odoo.exceptions.AccessError");
            assertThat(denied.text).contains("'Fields' (ir.model.fields)").contains("create");
            Object id = admin.call("ir.model.fields", "create", List.of(vals));
            assertThat(id).isInstanceOf(Integer.class);

            assertThat(bot.readOne("account.move", inv.id(), "x_kravia_case").get("x_kravia_case")).isEqualTo(false);
            assertThat(bot.call("account.move", "write", List.of(List.of(inv.id()), Map.of("x_kravia_case", "K-9"))))
                    .isEqualTo(true);
            assertThat(bot.search("account.move", List.of(List.of("x_kravia_case", "=", "K-9"))))
                    .containsExactly(inv.id());
            assertThat(bot.search("ir.model.fields", List.of(List.of("model", "=", "account.move"),
                    List.of("name", "=", "x_kravia_case")))).containsExactly((Integer) id);
        }
    }

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = {"V17"})
    void customFieldNamesMustStartWithX(OdooVersion version) {
        try (Fixture fx = new Fixture(version)) {
            Odoo admin = fx.adminClient(Odoo.Protocol.JSON);
            int model = admin.search("ir.model", List.of(List.of("model", "=", "account.move"))).get(0);
            Odoo.RpcFault f = fault(() -> admin.call("ir.model.fields", "create", List.of(Map.of("name",
                    "kravia_case", "model_id", model, "ttype", "char", "field_description", "Case"))));
            assertThat(f.name).isEqualTo("odoo.exceptions.ValidationError");
            assertThat(f.text).isEqualTo("Custom fields must have a name that starts with 'x_' !");
            Map<String, Object> ok = Map.of("name", "x_case", "model_id", model, "ttype", "char",
                    "field_description", "Case");
            admin.call("ir.model.fields", "create", List.of(ok));
            Odoo.RpcFault dup = fault(() -> admin.call("ir.model.fields", "create", List.of(ok)));
            assertThat(dup.text).isEqualTo("The operation cannot be completed: Field names must be unique per model.");
        }
    }

    /** An index=True field finds exactly what the same field without index finds, through writes and rollbacks. */
    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = {"V16", "V19"})
    void anIndexedCharFieldAnswersSearchesAsAPlainOneDoes(OdooVersion version) {
        try (Fixture fx = new Fixture(version)) {
            PartnerRef p = fx.db.seed().partner("Indexed AS").save();
            List<Integer> invoices = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                invoices.add(fx.db.seed().invoice(p).amount("100").invoiceDate(Fixture.TODAY).save().id());
            }
            Odoo admin = fx.adminClient(Odoo.Protocol.JSON);
            int model = admin.search("ir.model", List.of(List.of("model", "=", "account.move"))).get(0);
            for (String field : List.of("x_indexed", "x_plain")) {
                admin.call("ir.model.fields", "create", List.of(Map.of("name", field, "model_id", model, "ttype", "char",
                        "field_description", field, "state", "manual", "index", field.equals("x_indexed"))));
            }
            assertThat(admin.search("ir.model.fields", List.of(List.of("name", "=", "x_indexed"),
                    List.of("index", "=", true)))).hasSize(1);
            Odoo bot = fx.client(Odoo.Protocol.XML);
            Object[] values = {"K-1", "K-2", "K-1", "", false};
            for (int i = 0; i < values.length; i++) {
                Map<String, Object> both = new java.util.HashMap<>();
                both.put("x_indexed", values[i]);
                both.put("x_plain", values[i]);
                bot.call("account.move", "write", List.of(List.of(invoices.get(i)), both));
            }
            // a load that fails keeps nothing, the index included
            Object failed = bot.call("account.move", "load", List.of(List.of(".id", "x_indexed", "x_plain"),
                    List.of(List.of(Integer.toString(invoices.get(5)), "K-1", "K-1"), List.of("999999", "K-3", "K-3"))));
            assertThat(failed.toString()).contains("messages");

            for (Object wanted : new Object[] {"K-1", "K-2", "K-3", false, ""}) {
                List<Integer> indexed = bot.search("account.move", List.of(List.of("id", "in", invoices),
                        List.of("x_indexed", "=", wanted)));
                List<Integer> plain = bot.search("account.move", List.of(List.of("id", "in", invoices),
                        List.of("x_plain", "=", wanted)));
                assertThat(indexed).as("x_indexed = %s", wanted).isEqualTo(plain);
            }
            assertThat(bot.search("account.move", List.of(List.of("x_indexed", "=", "K-1"))))
                    .containsExactlyInAnyOrder(invoices.get(0), invoices.get(2));
            assertThat(bot.search("account.move", List.of(List.of("id", "in", invoices), List.of("x_indexed", "=", false))))
                    .contains(invoices.get(4), invoices.get(5));
            // rows made after the field exists are found by their unset value too
            int later = fx.db.seed().invoice(p).amount("50").invoiceDate(Fixture.TODAY).save().id();
            assertThat(bot.search("account.move", List.of(List.of("x_indexed", "=", false)))).contains(later)
                    .isEqualTo(bot.search("account.move", List.of(List.of("x_plain", "=", false))));
        }
    }
}
