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
}
