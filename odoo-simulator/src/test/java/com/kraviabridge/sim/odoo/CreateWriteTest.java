package com.kraviabridge.sim.odoo;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.kraviabridge.sim.odoo.AuthenticationTest.fault;
import static org.assertj.core.api.Assertions.assertThat;

@SuppressWarnings("unchecked")
class CreateWriteTest {
    static Fixture fx;

    @BeforeAll
    static void start() {
        fx = new Fixture(OdooVersion.V17);
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @ParameterizedTest
    @EnumSource(Odoo.Protocol.class)
    void createReturnsAnIntForADictAndAListForAList(Odoo.Protocol protocol) {
        Odoo odoo = fx.client(protocol);
        Object single = odoo.call("res.partner", "create", List.of(Map.of("name", "One AS")));
        assertThat(single).isInstanceOf(Integer.class);
        Object many = odoo.call("res.partner", "create", List.of(List.of(Map.of("name", "Two AS"),
                Map.of("name", "Three AS"))));
        assertThat((List<Object>) many).hasSize(2).allMatch(Integer.class::isInstance);
    }

    @ParameterizedTest
    @EnumSource(Odoo.Protocol.class)
    void createWithOnlyKwargsCrashesAndCreatesNothing(Odoo.Protocol protocol) {
        Odoo odoo = fx.client(protocol);
        int before = fx.db.count("res.partner");
        Odoo.RpcFault f = fault(() -> odoo.call("res.partner", "create", List.of(),
                Map.of("vals_list", List.of(Map.of("name", "Kwargs AS")))));
        if (protocol == Odoo.Protocol.XML) {
            assertThat(f.xmlCode).isEqualTo(1);
            assertThat(f.text).endsWith("IndexError: list index out of range\n");
        } else {
            assertThat(f.name).isEqualTo("builtins.IndexError");
        }
        assertThat(fx.db.count("res.partner")).isEqualTo(before);
    }

    @Test
    void readFormatsValuesTheOdooWay() {
        Odoo odoo = fx.client(Odoo.Protocol.JSON);
        int norway = odoo.search("res.country", List.of(List.of("code", "=", "NO"))).get(0);
        int parent = (Integer) odoo.call("res.partner", "create", List.of(Map.of("name", "Parent AS",
                "is_company", true, "country_id", norway)));
        int child = (Integer) odoo.call("res.partner", "create", List.of(Map.of("name", "Per", "parent_id", parent)));
        Map<String, Object> row = odoo.readOne("res.partner", child, "name", "parent_id", "country_id", "email",
                "commercial_partner_id", "display_name", "child_ids", "active", "create_date");
        assertThat(row.get("id")).isEqualTo(child);
        assertThat(row.get("parent_id")).isEqualTo(List.of(parent, "Parent AS"));
        assertThat(row.get("country_id")).isEqualTo(false);
        assertThat(row.get("email")).isEqualTo(false);
        assertThat(row.get("commercial_partner_id")).isEqualTo(List.of(parent, "Parent AS"));
        assertThat(row.get("display_name")).isEqualTo("Parent AS, Per");
        assertThat(row.get("child_ids")).isEqualTo(List.of());
        assertThat(row.get("active")).isEqualTo(true);
        assertThat((String) row.get("create_date")).isEqualTo("2026-03-01 09:00:00");
        List<Map<String, Object>> raw = (List<Map<String, Object>>) odoo.call("res.partner", "read",
                List.of(List.of(child), List.of("parent_id")), Map.of("load", false));
        assertThat(raw.get(0).get("parent_id")).isEqualTo(parent);
        Map<String, Object> p = odoo.readOne("res.partner", parent, "child_ids");
        assertThat(p.get("child_ids")).isEqualTo(List.of(child));
    }

    @Test
    void writeReturnsTrueAndUnlinkRemoves() {
        Odoo odoo = fx.client(Odoo.Protocol.XML);
        int id = (Integer) odoo.call("res.partner", "create", List.of(Map.of("name", "Temp AS")));
        assertThat(odoo.call("res.partner", "write", List.of(List.of(id), Map.of("ref", "K-1", "email", false))))
                .isEqualTo(true);
        assertThat(odoo.readOne("res.partner", id, "ref").get("ref")).isEqualTo("K-1");
        assertThat(odoo.call("res.partner", "unlink", List.of(List.of(id)))).isEqualTo(true);
        assertThat(fx.db.exists("res.partner", id)).isFalse();
    }

    @Test
    void integrityErrorsBecomeValidationErrors() {
        Odoo odoo = fx.client(Odoo.Protocol.JSON);
        Odoo.RpcFault fk = fault(() -> odoo.call("res.partner", "create", List.of(Map.of("name", "X",
                "country_id", 99999))));
        assertThat(fk.name).isEqualTo("odoo.exceptions.ValidationError");
        assertThat(fk.text).contains("res_partner_country_id_fkey");
        Odoo.RpcFault notNull = fault(() -> odoo.call("res.partner.category", "create", List.of(Map.of("color", 3))));
        assertThat(notNull.name).isEqualTo("odoo.exceptions.ValidationError");
        assertThat(notNull.text).contains("- Create/update: a mandatory field is not set.")
                .contains("Field: Tag Name (name)");
        Odoo.RpcFault unknown = fault(() -> odoo.call("res.partner", "create", List.of(Map.of("nme", "typo"))));
        assertThat(unknown.text).isEqualTo("Invalid field 'nme' on model 'res.partner'");
        Odoo.RpcFault badSelection = fault(() -> odoo.call("res.partner", "create",
                List.of(Map.of("name", "T", "type", "nonsense"))));
        assertThat(badSelection.text).isEqualTo("Wrong value for res.partner.type: 'nonsense'");
    }

    @Test
    void manyToManyCommandsAndPlainIdLists() {
        Odoo odoo = fx.client(Odoo.Protocol.JSON);
        int tagA = (Integer) odoo.call("res.partner.category", "create", List.of(Map.of("name", "A")));
        int tagB = (Integer) odoo.call("res.partner.category", "create", List.of(Map.of("name", "B")));
        int p = (Integer) odoo.call("res.partner", "create", List.of(Map.of("name", "Tagged",
                "category_id", List.of(List.of(6, 0, List.of(tagA, tagB))))));
        assertThat(odoo.readOne("res.partner", p, "category_id").get("category_id")).isEqualTo(List.of(tagA, tagB));
        odoo.call("res.partner", "write", List.of(List.of(p), Map.of("category_id", List.of(List.of(3, tagA, 0)))));
        assertThat(odoo.readOne("res.partner", p, "category_id").get("category_id")).isEqualTo(List.of(tagB));
        odoo.call("res.partner", "write", List.of(List.of(p), Map.of("category_id",
                List.of(List.of(0, 0, Map.of("name", "C"))))));
        assertThat((List<Object>) odoo.readOne("res.partner", p, "category_id").get("category_id")).hasSize(2);
        odoo.call("res.partner", "write", List.of(List.of(p), Map.of("category_id", List.of(List.of(5, 0, 0)))));
        assertThat(odoo.readOne("res.partner", p, "category_id").get("category_id")).isEqualTo(List.of());
    }

    @Test
    void fieldsGetDescribesFieldsWithRequestedAttributes() {
        Odoo odoo = fx.client(Odoo.Protocol.XML);
        Map<String, Object> all = (Map<String, Object>) odoo.call("account.move", "fields_get", List.of(),
                Map.of("attributes", List.of("type", "relation", "string")));
        assertThat((Map<String, Object>) all.get("partner_id")).isEqualTo(Map.of("type", "many2one",
                "relation", "res.partner", "string", "Partner"));
        assertThat((Map<String, Object>) all.get("amount_residual")).containsEntry("type", "monetary");
        assertThat(all).containsKeys("line_ids", "invoice_date_due", "payment_state", "write_date");
    }

    @Test
    void searchReadAlwaysIncludesId() {
        List<Map<String, Object>> rows = fx.client(Odoo.Protocol.JSON).searchRead("res.currency",
                List.of(List.of("name", "=", "NOK")), List.of("rounding", "decimal_places", "symbol"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsKeys("id").containsEntry("rounding", 0.01).containsEntry("decimal_places", 2)
                .containsEntry("symbol", "kr");
    }
}
