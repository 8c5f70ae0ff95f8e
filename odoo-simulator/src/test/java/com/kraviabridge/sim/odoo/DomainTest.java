package com.kraviabridge.sim.odoo;

import com.kraviabridge.sim.odoo.seed.InvoiceRef;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.kraviabridge.sim.odoo.AuthenticationTest.fault;
import static org.assertj.core.api.Assertions.assertThat;

@SuppressWarnings("unchecked")
class DomainTest {
    static Fixture fx;
    static Odoo odoo;
    static PartnerRef acme;
    static PartnerRef person;
    static PartnerRef swede;
    static PartnerRef contact;
    static PartnerRef archived;
    static InvoiceRef early;
    static InvoiceRef late;
    static InvoiceRef swedish;

    @BeforeAll
    static void seed() {
        fx = new Fixture(OdooVersion.V17);
        odoo = fx.client(Odoo.Protocol.JSON);
        acme = fx.db.seed().partner("Acme AS").orgNumber("912345678").address("Gate 1", "0150", "Oslo", "NO")
                .email("post@acme.no").tags("VIP").save();
        person = fx.db.seed().partner("Ola Nordmann").person().address("Vei 2", "5003", "Bergen", "NO").save();
        swede = fx.db.seed().partner("Svensson AB").address("Gatan 3", "11122", "Stockholm", "SE").save();
        contact = fx.db.seed().partner("Kari").contactOf(acme).save();
        archived = fx.db.seed().partner("Old Customer AS").archived().save();
        early = fx.db.seed().invoice(acme).amount("1000.00").invoiceDate(LocalDate.of(2026, 1, 1))
                .dueDate(LocalDate.of(2026, 1, 15)).save();
        late = fx.db.seed().invoice(person).amount("500.00").invoiceDate(LocalDate.of(2026, 2, 1))
                .dueDate(LocalDate.of(2026, 2, 15)).ref("PO-77").save();
        swedish = fx.db.seed().invoice(swede).amount("200.00").invoiceDate(LocalDate.of(2026, 2, 10))
                .dueDate(LocalDate.of(2026, 3, 10)).save();
        fx.db.seed().registerPayment(late.id(), new BigDecimal("100.00"), LocalDate.of(2026, 2, 20), "BNK", null);
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    private static List<Integer> partners(Object... domain) {
        return odoo.search("res.partner", List.of(domain));
    }

    private static List<Integer> invoices(Object... domain) {
        List<Object> d = new java.util.ArrayList<>(List.of(domain));
        d.add(0, List.of("move_type", "=", "out_invoice"));
        return odoo.search("account.move", d);
    }

    @Test
    void comparisonOperators() {
        assertThat(invoices(List.of("amount_total", ">", 500))).containsExactly(early.id());
        assertThat(invoices(List.of("amount_total", ">=", 500))).containsExactlyInAnyOrder(early.id(), late.id());
        assertThat(invoices(List.of("amount_total", "<", 500))).containsExactly(swedish.id());
        assertThat(invoices(List.of("amount_total", "<=", 500.0))).containsExactlyInAnyOrder(late.id(), swedish.id());
        assertThat(invoices(List.of("invoice_date_due", "<", "2026-02-15"))).containsExactly(early.id());
        assertThat(invoices(List.of("amount_residual", "!=", 0), List.of("payment_state", "=", "partial")))
                .containsExactly(late.id());
        assertThat(invoices(List.of("ref", "=", false))).containsExactlyInAnyOrder(early.id(), swedish.id());
        assertThat(invoices(List.of("ref", "!=", false))).containsExactly(late.id());
        assertThat(invoices(List.of("ref", "!=", "PO-77"))).containsExactlyInAnyOrder(early.id(), swedish.id());
    }

    @Test
    void inAndNotIn() {
        assertThat(partners(List.of("id", "in", List.of(acme.id(), swede.id()))))
                .containsExactlyInAnyOrder(acme.id(), swede.id());
        assertThat(invoices(List.of("partner_id", "not in", List.of(acme.id(), person.id()))))
                .containsExactly(swedish.id());
        assertThat(invoices(List.of("id", "in", List.of()))).isEmpty();
        assertThat(invoices(List.of("payment_state", "in", List.of("not_paid", "partial")))).hasSize(3);
    }

    @Test
    void likeFamily() {
        assertThat(partners(List.of("name", "like", "AS"))).contains(acme.id()).doesNotContain(swede.id());
        assertThat(partners(List.of("name", "like", "as"))).doesNotContain(acme.id());
        assertThat(partners(List.of("name", "ilike", "as"))).contains(acme.id());
        assertThat(partners(List.of("name", "not ilike", "as"))).contains(swede.id()).doesNotContain(acme.id());
        assertThat(partners(List.of("name", "=like", "Acme%"))).containsExactly(acme.id());
        assertThat(partners(List.of("name", "=ilike", "acme%"))).containsExactly(acme.id());
        assertThat(partners(List.of("email", "not like", "acme"))).contains(person.id());
        assertThat(partners(List.of("name", "=like", "S_ensson AB"))).containsExactly(swede.id());
    }

    @Test
    void unsetOrEqual() {
        assertThat(partners(List.of("city", "=?", false))).contains(acme.id(), person.id(), swede.id());
        assertThat(partners(List.of("city", "=?", "Oslo"))).containsExactly(acme.id());
    }

    @Test
    void prefixOperatorsAndImplicitAnd() {
        assertThat(partners("|", List.of("city", "=", "Oslo"), List.of("city", "=", "Bergen")))
                .containsExactlyInAnyOrder(acme.id(), person.id());
        assertThat(partners(List.of("is_company", "=", true), "!", List.of("city", "=", "Oslo")))
                .contains(swede.id()).doesNotContain(acme.id(), person.id());
        assertThat(partners("&", List.of("is_company", "=", true), List.of("country_id.code", "=", "NO")))
                .contains(acme.id()).doesNotContain(person.id(), swede.id());
        assertThat(partners("|", "&", List.of("city", "=", "Oslo"), List.of("is_company", "=", true),
                List.of("city", "=", "Stockholm"))).containsExactlyInAnyOrder(acme.id(), swede.id());
    }

    @Test
    void dottedPathsFollowManyToOne() {
        assertThat(invoices(List.of("partner_id.country_id.code", "=", "SE"))).containsExactly(swedish.id());
        assertThat(odoo.search("account.move.line", List.of(List.of("move_id.move_type", "=", "out_invoice"),
                List.of("account_id.account_type", "=", "asset_receivable")))).hasSize(3);
        assertThat(partners(List.of("parent_id.name", "=", "Acme AS"))).containsExactly(contact.id());
    }

    @Test
    void manyToOneComparesIdsAndNames() {
        assertThat(invoices(List.of("partner_id", "=", acme.id()))).containsExactly(early.id());
        assertThat(invoices(List.of("partner_id", "=", "Acme AS"))).containsExactly(early.id());
        assertThat(invoices(List.of("partner_id", "ilike", "svens"))).containsExactly(swedish.id());
        assertThat(partners(List.of("parent_id", "=", false))).contains(acme.id()).doesNotContain(contact.id());
        assertThat(partners(List.of("parent_id", "!=", false))).containsExactly(contact.id());
    }

    @Test
    void toManyMeansAnyLinkedRecord() {
        List<Integer> vip = partners(List.of("category_id.name", "=", "VIP"));
        assertThat(vip).containsExactly(acme.id());
        assertThat(partners(List.of("category_id", "=", false))).contains(person.id()).doesNotContain(acme.id());
        List<Integer> withPartials = odoo.search("account.move.line", List.of(List.of("matched_credit_ids", "!=", false)));
        assertThat(withPartials).hasSize(1);
        assertThat(invoices(List.of("line_ids.reconciled", "=", false), List.of("line_ids.account_id.code", "=", "1500")))
                .hasSize(3);
        assertThat(partners(List.of("child_ids", "in", List.of(contact.id())))).containsExactly(acme.id());
    }

    @Test
    void childOfIncludesDescendants() {
        assertThat(partners(List.of("id", "child_of", acme.id()))).containsExactlyInAnyOrder(acme.id(), contact.id());
    }

    @Test
    void archivedRecordsAreHiddenUnlessAsked() {
        assertThat(partners(List.of("name", "=", "Old Customer AS"))).isEmpty();
        assertThat(partners(List.of("name", "=", "Old Customer AS"), List.of("active", "=", false)))
                .containsExactly(archived.id());
        assertThat((List<Object>) odoo.call("res.partner", "search", List.of(List.of(List.of("name", "=", "Old Customer AS"))),
                Map.of("context", Map.of("active_test", false)))).containsExactly((Object) archived.id());
    }

    @Test
    void limitOffsetOrderAndCount() {
        List<Object> ordered = (List<Object>) odoo.call("account.move", "search",
                List.of(List.of(List.of("move_type", "=", "out_invoice"))), Map.of("order", "amount_total desc"));
        assertThat(ordered).containsExactly(early.id(), late.id(), swedish.id());
        List<Object> page = (List<Object>) odoo.call("account.move", "search",
                List.of(List.of(List.of("move_type", "=", "out_invoice"))),
                Map.of("order", "id asc", "limit", 1, "offset", 1));
        assertThat(page).containsExactly(late.id());
        List<Object> keyset = (List<Object>) odoo.call("account.move", "search",
                List.of(List.of(List.of("move_type", "=", "out_invoice"), List.of("id", ">", early.id()))),
                Map.of("order", "write_date asc, id asc", "limit", 10));
        assertThat(keyset).containsExactly(late.id(), swedish.id());
        assertThat(odoo.call("account.move", "search_count", List.of(List.of(List.of("move_type", "=", "out_invoice")))))
                .isEqualTo(3);
        assertThat(odoo.call("account.move", "search_count", List.of(List.of(List.of("move_type", "=", "out_invoice"))),
                Map.of("limit", 2))).isEqualTo(2);
    }

    @Test
    void defaultOrderOfMovesIsNewestFirst() {
        List<Integer> ids = invoices();
        assertThat(ids).containsExactly(swedish.id(), late.id(), early.id());
    }

    @Test
    void anyOperatorExistsFrom17() {
        assertThat(invoices(List.of("line_ids", "any", List.of(List.of("reconciled", "=", true))))).isEmpty();
        assertThat(invoices(List.of("partner_id", "any", List.of(List.of("city", "=", "Oslo")))))
                .containsExactly(early.id());
        try (Fixture v16 = new Fixture(OdooVersion.V16)) {
            Odoo.RpcFault f = fault(() -> v16.client(Odoo.Protocol.JSON).search("res.partner",
                    List.of(List.of("child_ids", "any", List.of()))));
            assertThat(f.name).isEqualTo("builtins.ValueError");
            assertThat(f.text).isEqualTo("Invalid leaf ('child_ids', 'any', [])");
        }
    }

    @Test
    void malformedDomainsFailLikeOdoo() {
        Odoo.RpcFault field = fault(() -> partners(List.of("country_id.nope", "=", 1)));
        assertThat(field.text).isEqualTo("Invalid field res.country.nope in leaf ('country_id.nope', '=', 1)");
        Odoo.RpcFault op = fault(() -> partners(List.of("name", "contains", "x")));
        assertThat(op.text).isEqualTo("Invalid leaf ('name', 'contains', 'x')");
        Odoo.RpcFault arity = fault(() -> partners("|", List.of("name", "=", "x")));
        assertThat(arity.name).isEqualTo("builtins.AssertionError");
        Odoo.RpcFault order = fault(() -> odoo.call("res.partner", "search", List.of(List.of()),
                Map.of("order", "name; drop table")));
        assertThat(order.text).startsWith("Invalid \"order\" specified");
        Odoo.RpcFault date = fault(() -> invoices(List.of("invoice_date", ">", "yesterday")));
        assertThat(date.name).isEqualTo("psycopg2.errors.InvalidDatetimeFormat");
    }

    @Test
    void datetimeComparisonsUseMicrosecondsButReturnSeconds() {
        Map<String, Object> row = odoo.readOne("account.move", early.id(), "write_date", "create_date");
        String writeDate = (String) row.get("write_date");
        assertThat(writeDate).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(invoices(List.of("write_date", ">=", writeDate), List.of("id", "=", early.id())))
                .containsExactly(early.id());
    }
}
