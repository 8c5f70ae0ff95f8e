package com.kraviabridge.sim.odoo;

import com.kraviabridge.sim.odoo.seed.InvoiceRef;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;

import static com.kraviabridge.sim.odoo.AuthenticationTest.fault;
import static org.assertj.core.api.Assertions.assertThat;

class MailActivityTest {

    private static InvoiceRef invoice(Fixture fx) {
        PartnerRef p = fx.db.seed().partner("Debtor AS").save();
        return fx.db.seed().invoice(p).amount("100").invoiceDate(Fixture.TODAY).save();
    }

    private static int moveModel(Odoo odoo) {
        return odoo.search("ir.model", List.of(List.of("model", "=", "account.move"))).get(0);
    }

    private static int todoType(Odoo odoo) {
        List<Map<String, Object>> data = odoo.searchRead("ir.model.data", List.of(List.of("module", "=", "mail"),
                List.of("name", "=", "mail_activity_data_todo")), List.of("res_id"));
        assertThat(data).hasSize(1);
        return (Integer) data.get(0).get("res_id");
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> create(Odoo odoo, List<Map<String, Object>> vals) {
        return (List<Integer>) odoo.call("mail.activity", "create", List.of(vals));
    }

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = {"V17", "V18", "V19"})
    void manyActivitiesAreCreatedInOneCallOnTheirInvoicesAsToDosOfTheirUsers(OdooVersion version) {
        try (Fixture fx = new Fixture(version)) {
            fx.bot.accountant();
            InvoiceRef a = invoice(fx);
            InvoiceRef b = invoice(fx);
            Odoo odoo = fx.client(Odoo.Protocol.XML);
            int model = moveModel(odoo);
            List<Integer> ids = create(odoo, List.of(
                    Map.of("res_model_id", model, "res_id", a.id(), "summary", "Kravia: one", "note", "<p>why</p>",
                            "user_id", fx.admin.uid()),
                    Map.of("res_model_id", model, "res_id", b.id(), "summary", "Kravia: two")));

            assertThat(ids).hasSize(2);
            Map<String, Object> first = odoo.readOne("mail.activity", ids.get(0), "res_model", "res_id", "res_name",
                    "activity_type_id", "user_id", "date_deadline", "active", "summary", "note");
            assertThat(first).containsEntry("res_model", "account.move").containsEntry("res_id", a.id())
                    .containsEntry("res_name", a.name()).containsEntry("active", true)
                    .containsEntry("date_deadline", Fixture.TODAY.toString()).containsEntry("note", "<p>why</p>");
            assertThat(((List<?>) first.get("activity_type_id")).get(0)).isEqualTo(todoType(odoo));
            assertThat(((List<?>) first.get("user_id")).get(0)).isEqualTo(fx.admin.uid());
            Map<String, Object> second = odoo.readOne("mail.activity", ids.get(1), "user_id");
            assertThat(((List<?>) second.get("user_id")).get(0)).as("the caller by default").isEqualTo(fx.bot.uid());
        }
    }

    @Test
    void theDocumentModelIsNamedByResModelIdAResModelAloneIsNotEnough() {
        try (Fixture fx = new Fixture(OdooVersion.V18)) {
            fx.bot.accountant();
            InvoiceRef a = invoice(fx);
            Odoo odoo = fx.client(Odoo.Protocol.JSON);
            Odoo.RpcFault f = fault(() -> create(odoo, List.of(Map.of("res_model", "account.move", "res_id", a.id()))));
            assertThat(f.name).isEqualTo("odoo.exceptions.ValidationError");
            assertThat(f.text).contains("Field: Document Model (res_model_id)");
            Odoo.RpcFault noRecord = fault(() -> create(odoo, List.of(Map.of("res_model_id", moveModel(odoo),
                    "res_id", 0))));
            assertThat(noRecord.text).contains("Activities have to be linked to records with a not null res_id.");
        }
    }

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = {"V17", "V18", "V19"})
    void aToDoMarkedDoneWithFeedbackLeavesAMessageAndIsGoneAndCannotBeMarkedDoneAgain(OdooVersion version) {
        try (Fixture fx = new Fixture(version)) {
            fx.bot.accountant();
            InvoiceRef a = invoice(fx);
            InvoiceRef b = invoice(fx);
            Odoo odoo = fx.client(Odoo.Protocol.JSON);
            int model = moveModel(odoo);
            List<Integer> ids = create(odoo, List.of(
                    Map.of("res_model_id", model, "res_id", a.id(), "summary", "Kravia: one"),
                    Map.of("res_model_id", model, "res_id", b.id(), "summary", "Kravia: two")));

            Object message = odoo.call("mail.activity", "action_feedback", List.of(ids),
                    Map.of("feedback", "Resolved: it went through"));

            assertThat(message).isInstanceOf(Integer.class);
            Map<String, Object> posted = odoo.readOne("mail.message", (Integer) message, "model", "res_id", "body",
                    "subtype_id", "mail_activity_type_id");
            assertThat(posted).containsEntry("model", "account.move").containsEntry("res_id", a.id());
            assertThat((String) posted.get("body")).contains("To-Do done: Kravia: one")
                    .contains("Resolved: it went through");
            assertThat(((List<?>) posted.get("subtype_id")).get(1)).isEqualTo("Activities");
            assertThat(odoo.search("mail.activity", List.of(List.of("id", "in", ids)))).isEmpty();
            assertThat((List<?>) odoo.call("mail.activity", "search", List.of(List.of(List.of("id", "in", ids))),
                    Map.of("context", Map.of("active_test", false)))).as("deleted, not archived").isEmpty();
            Odoo.RpcFault again = fault(() -> odoo.call("mail.activity", "action_feedback", List.of(ids)));
            assertThat(again.name).isEqualTo("odoo.exceptions.MissingError");
        }
    }

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = {"V17", "V18", "V19"})
    void anActivityOfATypeThatKeepsDoneOnesIsArchivedWithItsDoneDate(OdooVersion version) {
        try (Fixture fx = new Fixture(version)) {
            fx.bot.accountant();
            InvoiceRef a = invoice(fx);
            Odoo admin = fx.adminClient(Odoo.Protocol.XML);
            admin.call("mail.activity.type", "write", List.of(List.of(todoType(admin)), Map.of("keep_done", true)));
            Odoo odoo = fx.client(Odoo.Protocol.XML);
            List<Integer> ids = create(odoo, List.of(Map.of("res_model_id", moveModel(odoo), "res_id", a.id())));

            odoo.call("mail.activity", "action_done", List.of(ids));

            assertThat(odoo.search("mail.activity", List.of(List.of("id", "in", ids)))).isEmpty();
            List<Map<String, Object>> archived = odoo.searchRead("mail.activity", List.of(List.of("id", "in", ids),
                    List.of("active", "=", false)), List.of("date_done"));
            assertThat(archived).singleElement().satisfies(r ->
                    assertThat(r).containsEntry("date_done", Fixture.TODAY.toString()));
        }
    }

    @Test
    void version16HasNoArchivedActivitiesADoneOneIsAlwaysDeleted() {
        try (Fixture fx = new Fixture(OdooVersion.V16)) {
            fx.bot.accountant();
            InvoiceRef a = invoice(fx);
            Odoo odoo = fx.client(Odoo.Protocol.XML);
            List<Integer> ids = create(odoo, List.of(Map.of("res_model_id", moveModel(odoo), "res_id", a.id())));
            Odoo.RpcFault noActive = fault(() -> odoo.readOne("mail.activity", ids.get(0), "active"));
            assertThat(noActive.text).contains("active");

            odoo.call("mail.activity", "action_feedback", List.of(ids), Map.of("feedback", "ok"));

            assertThat(fx.db.exists("mail.activity", ids.get(0))).isFalse();
        }
    }

    @Test
    void anActivityNeedsWriteAccessOnItsDocument() {
        try (Fixture fx = new Fixture(OdooVersion.V18)) {
            fx.bot.accountant().revoke("account.move", Operation.WRITE);
            InvoiceRef a = invoice(fx);
            Odoo odoo = fx.client(Odoo.Protocol.JSON);
            Odoo.RpcFault f = fault(() -> create(odoo, List.of(Map.of("res_model_id", moveModel(odoo),
                    "res_id", a.id()))));
            assertThat(f.name).isEqualTo("odoo.exceptions.AccessError");
            assertThat(fx.db.count("mail.activity")).isZero();
        }
    }

    @Test
    void usersAreFoundByLoginAndAnInvoiceNamesItsSalesperson() {
        try (Fixture fx = new Fixture(OdooVersion.V19)) {
            fx.bot.accountant();
            Odoo odoo = fx.client(Odoo.Protocol.JSON);
            assertThat(odoo.search("res.users", List.of(List.of("login", "=", "admin")))).containsExactly(fx.admin.uid());
            assertThat(odoo.search("res.users", List.of(List.of("login", "=", "nobody")))).isEmpty();
            InvoiceRef a = fx.db.seed().invoice(fx.db.seed().partner("Kunde AS").save()).salesperson(fx.admin.uid())
                    .save();
            assertThat(((List<?>) odoo.readOne("account.move", a.id(), "invoice_user_id").get("invoice_user_id"))
                    .get(0)).isEqualTo(fx.admin.uid());
        }
    }
}
