package com.kraviabridge.sim.odoo;

import com.kraviabridge.sim.odoo.seed.InvoiceRef;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import com.kraviabridge.sim.odoo.seed.PaymentRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static com.kraviabridge.sim.odoo.AuthenticationTest.fault;
import static org.assertj.core.api.Assertions.assertThat;

/** Field names that moved between majors must exist exactly where Odoo has them (docs/odoo-notes.md §4). */
class VersionFieldsTest {

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = {"V16", "V17", "V18"})
    void renamedFieldsExistOnlyInTheirVersion(OdooVersion version) {
        boolean v18 = version.atLeast(18);
        try (Fixture fx = new Fixture(version)) {
            Odoo odoo = fx.client(Odoo.Protocol.JSON);
            assertField(odoo, "account.payment", v18 ? "memo" : "ref", v18 ? "ref" : "memo");
            assertField(odoo, "account.move", v18 ? "reversal_move_ids" : "reversal_move_id",
                    v18 ? "reversal_move_id" : "reversal_move_ids");
            assertField(odoo, "account.move", v18 ? "origin_payment_id" : "payment_id",
                    v18 ? "payment_id" : "origin_payment_id");
            assertField(odoo, "account.account", v18 ? "company_ids" : "company_id", v18 ? "company_id" : "company_ids");
            assertField(odoo, "account.move", v18 ? "checked" : "to_check", v18 ? "to_check" : "checked");
        }
    }

    private static void assertField(Odoo odoo, String model, String present, String absent) {
        assertField(odoo, model, present, absent, "model ");
    }

    /** {@code onModel} is what the read error puts before the model's name: "model " up to 18, nothing on 19. */
    private static void assertField(Odoo odoo, String model, String present, String absent, String onModel) {
        assertThat(odoo.searchRead(model, List.of(), List.of(present))).isNotNull();
        Odoo.RpcFault read = fault(() -> odoo.searchRead(model, List.of(), List.of(absent)));
        assertThat(read.name).isEqualTo("builtins.ValueError");
        assertThat(read.text).isEqualTo("Invalid field '" + absent + "' on " + onModel + "'" + model + "'");
        Odoo.RpcFault search = fault(() -> odoo.search(model, List.of(List.of(absent, "=", false))));
        assertThat(search.name).isEqualTo("builtins.ValueError");
        assertThat(search.text).startsWith("Invalid field " + model + "." + absent + " in ");
    }

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = {"V18", "V19"})
    void version19DropsDeprecatedAndMobile(OdooVersion version) {
        try (Fixture fx = new Fixture(version)) {
            Odoo odoo = fx.client(Odoo.Protocol.JSON);
            boolean v19 = version.atLeast(19);
            assertField(odoo, "account.account", v19 ? "active" : "deprecated", v19 ? "deprecated" : "active",
                    v19 ? "" : "model ");
            if (v19) {
                assertThat(fault(() -> odoo.searchRead("res.partner", List.of(), List.of("mobile"))).text)
                        .isEqualTo("Invalid field 'mobile' on 'res.partner'");
                assertThat(fault(() -> odoo.search("res.partner", List.of(List.of("mobile", "=", "1")))).text)
                        .isEqualTo("Invalid field res.partner.mobile in condition ('mobile', '=', '1')");
            }
            fx.db.seed().invoice(fx.db.seed().partner("Kunde AS").save()).amount("10").invoiceDate(Fixture.TODAY).save();
            Map<String, String> goneIn19 = Map.of("res.partner", "title", "account.move.line", "tax_tag_invert");
            goneIn19.forEach((model, field) -> {
                if (v19) {
                    assertThat(fault(() -> odoo.searchRead(model, List.of(), List.of(field))).text)
                            .isEqualTo("Invalid field '" + field + "' on '" + model + "'");
                } else {
                    assertThat(odoo.searchRead(model, List.of(), List.of(field))).isNotEmpty()
                            .allSatisfy(row -> assertThat(row).containsEntry(field, false));
                }
            });
        }
    }

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = {"V16", "V17", "V18"})
    void memoOnV18FailsOnV16OverXmlRpcWithFault1(OdooVersion version) {
        try (Fixture fx = new Fixture(version)) {
            Odoo odoo = fx.client(Odoo.Protocol.XML);
            if (version.atLeast(18)) {
                assertThat(odoo.searchRead("account.payment", List.of(), List.of("memo"))).isEmpty();
            } else {
                Odoo.RpcFault f = fault(() -> odoo.searchRead("account.payment", List.of(), List.of("memo")));
                assertThat(f.xmlCode).isEqualTo(1);
                assertThat(f.text).endsWith("ValueError: Invalid field 'memo' on model 'account.payment'\n");
            }
        }
    }

    @SuppressWarnings("unchecked")
    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = {"V16", "V17", "V18"})
    void selectionValuesFollowTheVersion(OdooVersion version) {
        try (Fixture fx = new Fixture(version)) {
            Odoo odoo = fx.client(Odoo.Protocol.JSON);
            Map<String, Object> moveFields = (Map<String, Object>) odoo.call("account.move", "fields_get",
                    List.of(List.of("payment_state")), Map.of("attributes", List.of("type", "selection")));
            List<List<String>> states = (List<List<String>>) ((Map<String, Object>) moveFields.get("payment_state"))
                    .get("selection");
            assertThat(states.stream().map(p -> p.get(0))).contains("not_paid", "partial", "paid", "reversed",
                    "in_payment");
            assertThat(states.stream().anyMatch(p -> p.get(0).equals("blocked"))).isEqualTo(version.atLeast(18));
            Map<String, Object> payFields = (Map<String, Object>) odoo.call("account.payment", "fields_get",
                    List.of(List.of("state")), Map.of("attributes", List.of("selection")));
            List<List<String>> payStates = (List<List<String>>) ((Map<String, Object>) payFields.get("state"))
                    .get("selection");
            assertThat(payStates.stream().map(p -> p.get(0)).toList()).isEqualTo(version.atLeast(18)
                    ? List.of("draft", "in_process", "paid", "canceled", "rejected")
                    : List.of("draft", "posted", "cancel"));
        }
    }

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = "V20", mode = EnumSource.Mode.EXCLUDE)
    void paymentsLinkToTheirMoveThroughTheVersionsField(OdooVersion version) {
        try (Fixture fx = new Fixture(version)) {
            PartnerRef p = fx.db.seed().partner("Kunde AS").save();
            InvoiceRef inv = fx.db.seed().invoice(p).amount("1000.00").invoiceDate(Fixture.TODAY).save();
            PaymentRef pay = fx.db.seed().registerPayment(inv.id(), new BigDecimal("1000.00"), Fixture.TODAY, "BNK",
                    "KID 123");
            Odoo odoo = fx.client(Odoo.Protocol.JSON);
            String link = version.atLeast(18) ? "origin_payment_id" : "payment_id";
            Map<String, Object> move = odoo.readOne("account.move", pay.moveId(), link, "name");
            assertThat(((List<?>) move.get(link)).get(0)).isEqualTo(pay.paymentId());
            assertThat((String) move.get("name")).startsWith("PBNK/2026/");
            Map<String, Object> payment = odoo.readOne("account.payment", pay.paymentId(), "state",
                    version.atLeast(18) ? "memo" : "ref");
            assertThat(payment.get("state")).isEqualTo(version.atLeast(18) ? "paid" : "posted");
            assertThat(payment.get(version.atLeast(18) ? "memo" : "ref")).isEqualTo("KID 123");
        }
    }

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = {"V17", "V18", "V19"})
    void theBankJournalsAccountAndTheOutstandingReceiptsCodesDifferByVersion(OdooVersion version) {
        try (Fixture fx = new Fixture(version)) {
            PartnerRef p = fx.db.seed().partner("Kunde AS").save();
            InvoiceRef inv = fx.db.seed().invoice(p).amount("1000.00").invoiceDate(Fixture.TODAY).save();
            PaymentRef pay = fx.db.seed().registerPayment(inv.id(), new BigDecimal("1000.00"), Fixture.TODAY, "BNK",
                    "KID 9");
            Odoo odoo = fx.client(Odoo.Protocol.JSON);
            int bankJournal = fx.db.mainCompany().journal("BNK");
            Object account = odoo.readOne("account.journal", bankJournal, "default_account_id").get("default_account_id");
            String bankCode = Map.of(OdooVersion.V17, "19201", OdooVersion.V18, "1921", OdooVersion.V19, "1921")
                    .get(version);
            assertThat(((List<?>) account).get(1)).isEqualTo(bankCode + " Bank");
            List<Map<String, Object>> lines = odoo.searchRead("account.move.line",
                    List.of(List.of("move_id", "=", pay.moveId()), List.of("debit", ">", 0)), List.of("account_id"));
            assertThat(lines).hasSize(1);
            assertThat((String) ((List<?>) lines.get(0).get("account_id")).get(1))
                    .startsWith(version.atLeast(19) ? "1923 " : "1925 ");
        }
    }
}
