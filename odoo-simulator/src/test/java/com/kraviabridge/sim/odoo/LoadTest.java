package com.kraviabridge.sim.odoo;

import com.kraviabridge.sim.odoo.seed.PartnerRef;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.kraviabridge.sim.odoo.AuthenticationTest.fault;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code load(fields, data)} updating existing records by '.id', each row with its own values. */
@SuppressWarnings("unchecked")
@Tag("slow")
class LoadTest {

    private static final List<String> COLUMNS = List.of(".id", "x_case", "x_count", "x_flag", "x_due");

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = "V20", mode = EnumSource.Mode.EXCLUDE)
    void writesEachRowsOwnValuesConvertedFromStringsInOneCall(OdooVersion version) {
        for (Odoo.Protocol protocol : Odoo.Protocol.values()) {
            try (Fixture fx = withFields(version)) {
                List<Integer> moves = invoices(fx, 3);
                Odoo bot = fx.client(protocol);
                long before = fx.sim.stats().total();

                Map<String, Object> result = (Map<String, Object>) bot.call("account.move", "load", List.of(COLUMNS,
                        List.of(List.of(String.valueOf(moves.get(0)), "K-1", "7", "yes", "2026-02-03"),
                                List.of(String.valueOf(moves.get(1)), "K-2", " 12 ", "0", ""),
                                List.of(String.valueOf(moves.get(2)), "", "", "", ""))));

                assertThat(fx.sim.stats().total() - before).isEqualTo(1);
                assertThat(result).containsEntry("ids", moves).containsEntry("messages", List.of())
                        .containsEntry("nextrow", 0);
                assertThat(bot.readOne("account.move", moves.get(0), COLUMNS.subList(1, 5).toArray(String[]::new)))
                        .containsEntry("x_case", "K-1").containsEntry("x_count", 7).containsEntry("x_flag", true)
                        .containsEntry("x_due", "2026-02-03");
                assertThat(bot.readOne("account.move", moves.get(1), "x_case", "x_count", "x_flag", "x_due"))
                        .containsEntry("x_case", "K-2").containsEntry("x_count", 12).containsEntry("x_flag", false)
                        .containsEntry("x_due", false);
                assertThat(bot.readOne("account.move", moves.get(2), "x_case", "x_count"))
                        .as("an empty cell empties the field").containsEntry("x_case", false)
                        .containsEntry("x_count", 0);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Odoo.Protocol.class)
    void anUnknownIdIsAnErrorMessageAndNothingIsWritten(Odoo.Protocol protocol) {
        try (Fixture fx = withFields(OdooVersion.V17)) {
            List<Integer> moves = invoices(fx, 1);
            Odoo bot = fx.client(protocol);

            Map<String, Object> result = (Map<String, Object>) bot.call("account.move", "load", List.of(
                    List.of(".id", "x_case"),
                    List.of(List.of(String.valueOf(moves.get(0)), "K-1"), List.of("999999", "K-2"))));

            assertThat(result.get("ids")).isEqualTo(false);
            assertThat((List<Map<String, Object>>) result.get("messages")).singleElement().satisfies(m -> {
                assertThat(m).containsEntry("type", "error").containsEntry("record", 1).containsEntry("field", ".id")
                        .containsEntry("message", "Unknown database identifier '999999'")
                        .containsEntry("rows", Map.of("from", 1, "to", 1));
            });
            assertThat(bot.readOne("account.move", moves.get(0), "x_case")).containsEntry("x_case", false);
        }
    }

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = "V20", mode = EnumSource.Mode.EXCLUDE)
    void aValueThatDoesNotConvertIsAnErrorMessageNamingTheField(OdooVersion version) {
        try (Fixture fx = withFields(version)) {
            List<Integer> moves = invoices(fx, 2);
            Odoo bot = fx.client(Odoo.Protocol.JSON);

            Map<String, Object> result = (Map<String, Object>) bot.call("account.move", "load", List.of(
                    List.of(".id", "x_case", "x_count", "x_flag"),
                    List.of(List.of(moves.get(0), "K-1", "7", "1"), List.of(moves.get(1), "K-2", "many", "perhaps"))));

            assertThat(result.get("ids")).isEqualTo(false);
            List<Map<String, Object>> messages = (List<Map<String, Object>>) result.get("messages");
            assertThat(messages).extracting(m -> m.get("message")).containsExactly(
                    "'many' does not seem to be an integer for field 'Count'",
                    "Unknown value 'perhaps' for boolean field 'Flag'");
            assertThat(messages.get(0)).containsEntry("field", "x_count").containsEntry("field_name", "Count")
                    .containsEntry("record", 1);
            assertThat(messages.get(1)).containsEntry("moreinfo", "Use '1' for yes and '0' for no");
            assertThat(bot.readOne("account.move", moves.get(0), "x_case")).containsEntry("x_case", false);
        }
    }

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = {"V16", "V18"})
    void writesTheUserMayNotDoAreMessagesUpToTenThenAWarning(OdooVersion version) {
        for (Odoo.Protocol protocol : Odoo.Protocol.values()) {
            try (Fixture fx = withFields(version)) {
                List<Integer> moves = invoices(fx, 12);
                fx.bot.revoke("account.move", Operation.WRITE);
                List<List<Object>> rows = new ArrayList<>();
                moves.forEach(id -> rows.add(List.of(String.valueOf(id), "K-" + id)));

                Map<String, Object> result = (Map<String, Object>) fx.client(protocol).call("account.move", "load",
                        List.of(List.of(".id", "x_case"), rows));

                assertThat(result.get("ids")).isEqualTo(false);
                List<Map<String, Object>> messages = (List<Map<String, Object>>) result.get("messages");
                assertThat(messages).hasSize(11);
                assertThat(messages.subList(0, 10)).allSatisfy(m -> assertThat(m).containsEntry("type", "error")
                        .hasEntrySatisfying("message", text -> assertThat((String) text)
                                .startsWith("You are not allowed to modify 'Journal Entry' (account.move) records.")));
                assertThat(messages.subList(0, 10)).extracting(m -> m.get("record"))
                        .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
                assertThat(messages.get(10)).containsEntry("type", "warning");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = "V20", mode = EnumSource.Mode.EXCLUDE)
    void anUnknownColumnCrashesTheCall(OdooVersion version) {
        try (Fixture fx = withFields(version)) {
            List<Integer> moves = invoices(fx, 1);
            Odoo.RpcFault f = fault(() -> fx.client(Odoo.Protocol.JSON).call("account.move", "load", List.of(
                    List.of(".id", "x_nope"), List.of(List.of(String.valueOf(moves.get(0)), "1")))));
            assertThat(f.name).isEqualTo(version.atLeast(18) ? "builtins.ValueError" : "builtins.KeyError");
        }
    }

    @ParameterizedTest
    @EnumSource(Odoo.Protocol.class)
    void creatingRecordsIsRefusedAsOutsideTheSimulator(Odoo.Protocol protocol) {
        try (Fixture fx = withFields(OdooVersion.V17)) {
            int before = fx.db.count("account.move");
            Odoo.RpcFault f = fault(() -> fx.client(protocol).call("account.move", "load", List.of(
                    List.of("x_case"), List.of(List.of("K-1")))));
            assertThat(f.text).contains("not supported by the Odoo simulator");
            assertThat(fx.db.count("account.move")).isEqualTo(before);
        }
    }

    private static Fixture withFields(OdooVersion version) {
        Fixture fx = new Fixture(version);
        Odoo admin = fx.adminClient(Odoo.Protocol.JSON);
        int model = admin.search("ir.model", List.of(List.of("model", "=", "account.move"))).get(0);
        for (String[] field : new String[][] {{"x_case", "char", "Case"}, {"x_count", "integer", "Count"},
                {"x_flag", "boolean", "Flag"}, {"x_due", "date", "Due"}}) {
            admin.call("ir.model.fields", "create", List.of(Map.of("name", field[0], "model_id", model,
                    "ttype", field[1], "field_description", field[2], "state", "manual")));
        }
        return fx;
    }

    private static List<Integer> invoices(Fixture fx, int count) {
        PartnerRef partner = fx.db.seed().partner("Debtor AS").save();
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(fx.db.seed().invoice(partner).amount("100").invoiceDate(Fixture.TODAY).save().id());
        }
        return ids;
    }
}
