package com.kraviabridge.sim.odoo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;

import static com.kraviabridge.sim.odoo.AuthenticationTest.fault;
import static org.assertj.core.api.Assertions.assertThat;

/** Views that inherit the invoice views are checked against them when created or written, as Odoo checks. */
class InheritedViewTest {

    private static int viewByXmlId(Odoo odoo, String name) {
        List<Map<String, Object>> data = odoo.searchRead("ir.model.data", List.of(List.of("module", "=", "account"),
                List.of("name", "=", name)), List.of("model", "res_id"));
        assertThat(data).as("account.%s", name).hasSize(1);
        assertThat(data.get(0)).containsEntry("model", "ir.ui.view");
        return (Integer) data.get(0).get("res_id");
    }

    private static Map<String, Object> extension(String name, int parent, String arch) {
        return Map.of("name", name, "model", "account.move", "inherit_id", parent, "arch", arch);
    }

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = {"V17", "V18", "V19"})
    void anExtensionAnchoredOnFieldsOfEveryVersionIsTakenOnEachInvoiceView(OdooVersion version) {
        try (Fixture fx = new Fixture(version)) {
            Odoo admin = fx.adminClient(Odoo.Protocol.JSON);
            Object form = admin.call("ir.ui.view", "create", List.of(extension("test.form",
                    viewByXmlId(admin, "view_move_form"), "<data><xpath expr=\"//field[@name='payment_reference']\" "
                            + "position=\"after\"><field name=\"invoice_origin\"/></xpath></data>")));
            Object list = admin.call("ir.ui.view", "create", List.of(extension("test.list",
                    viewByXmlId(admin, "view_out_invoice_tree"), "<xpath expr=\"//field[@name='invoice_date_due']\" "
                            + "position=\"after\"><field name=\"ref\" optional=\"hide\"/></xpath>")));
            Object search = admin.call("ir.ui.view", "create", List.of(extension("test.search",
                    viewByXmlId(admin, "view_account_invoice_filter"), "<xpath expr=\"//filter[@name='late']\" "
                            + "position=\"after\"><filter name=\"mine\" string=\"Mine\" domain=\"[]\"/></xpath>")));

            Map<String, Object> created = admin.readOne("ir.ui.view", (Integer) list, "mode", "type", "model");
            assertThat(created).containsEntry("mode", "extension").containsEntry("model", "account.move")
                    .containsEntry("type", version == OdooVersion.V17 ? "tree" : "list");
            assertThat(List.of(form, search)).allSatisfy(id -> assertThat(id).isInstanceOf(Integer.class));
        }
    }

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = {"V17", "V18", "V19"})
    void anXpathThatFindsNothingInTheParentIsRefusedOnCreateAndWrite(OdooVersion version) {
        try (Fixture fx = new Fixture(version)) {
            Odoo admin = fx.adminClient(Odoo.Protocol.JSON);
            int parent = viewByXmlId(admin, "view_move_form");
            Odoo.RpcFault refused = fault(() -> admin.call("ir.ui.view", "create", List.of(extension("test.bad",
                    parent, "<data><xpath expr=\"//field[@name='no_such_anchor']\" position=\"after\">"
                            + "<field name=\"ref\"/></xpath></data>"))));
            assertThat(refused.name).isEqualTo("odoo.exceptions.ValidationError");
            assertThat(refused.text).startsWith("Error while validating view near:")
                    .contains("Element '<xpath expr=\"//field[@name='no_such_anchor']\" position=\"after\">' "
                            + "cannot be located in parent view");
            assertThat(admin.search("ir.ui.view", List.of(List.of("name", "=", "test.bad")))).isEmpty();

            Object good = admin.call("ir.ui.view", "create", List.of(extension("test.good", parent,
                    "<field name=\"ref\" position=\"after\"><field name=\"invoice_origin\"/></field>")));
            Odoo.RpcFault rewritten = fault(() -> admin.call("ir.ui.view", "write", List.of(List.of(good),
                    Map.of("arch", "<field name=\"no_such_field\" position=\"after\"/>"))));
            assertThat(rewritten.name).isEqualTo("odoo.exceptions.ValidationError");
            assertThat(rewritten.text).contains("cannot be located in parent view");
            // Over XML-RPC the same refusal arrives as a fault whose text names the element.
            Odoo xml = fx.adminClient(Odoo.Protocol.XML);
            assertThat(fault(() -> xml.call("ir.ui.view", "create", List.of(extension("test.bad", parent,
                    "<xpath expr=\"//field[@name='no_such_anchor']\"/>")))).text)
                    .contains("cannot be located in parent view");
        }
    }

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = {"V17", "V18", "V19"})
    void aFieldTheModelDoesNotHaveIsRefused(OdooVersion version) {
        try (Fixture fx = new Fixture(version)) {
            Odoo admin = fx.adminClient(Odoo.Protocol.JSON);
            Odoo.RpcFault refused = fault(() -> admin.call("ir.ui.view", "create", List.of(extension("test.field",
                    viewByXmlId(admin, "view_move_form"), "<xpath expr=\"//field[@name='ref']\" position=\"after\">"
                            + "<field name=\"x_kravia_hold\"/></xpath>"))));
            assertThat(refused.name).isEqualTo("odoo.exceptions.ValidationError");
            assertThat(refused.text).contains("Field \"x_kravia_hold\" does not exist in model \"account.move\"");
        }
    }

    /** payment_state is in the 17 invoice list only: an extension anchored on it works in 17 and fails later. */
    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = {"V17", "V18", "V19"})
    void theListAnchorsFollowTheVersion(OdooVersion version) {
        try (Fixture fx = new Fixture(version)) {
            Odoo admin = fx.adminClient(Odoo.Protocol.JSON);
            Map<String, Object> vals = extension("test.payment_state", viewByXmlId(admin, "view_out_invoice_tree"),
                    "<xpath expr=\"//field[@name='payment_state']\" position=\"after\"><field name=\"ref\"/></xpath>");
            if (version == OdooVersion.V17) {
                assertThat(admin.call("ir.ui.view", "create", List.of(vals))).isInstanceOf(Integer.class);
            } else {
                assertThat(fault(() -> admin.call("ir.ui.view", "create", List.of(vals))).text)
                        .contains("cannot be located in parent view");
            }
            // The root tag itself is version-specific; an xpath by tag is how an extension would break on 18.
            Map<String, Object> byTag = extension("test.tree_tag", viewByXmlId(admin, "view_invoice_tree"),
                    "<xpath expr=\"//tree\" position=\"inside\"><field name=\"ref\"/></xpath>");
            if (version == OdooVersion.V17) {
                assertThat(admin.call("ir.ui.view", "create", List.of(byTag))).isInstanceOf(Integer.class);
            } else {
                assertThat(fault(() -> admin.call("ir.ui.view", "create", List.of(byTag))).name)
                        .isEqualTo("odoo.exceptions.ValidationError");
            }
        }
    }
}
