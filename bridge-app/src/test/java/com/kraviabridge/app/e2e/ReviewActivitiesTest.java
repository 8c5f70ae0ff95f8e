package com.kraviabridge.app.e2e;

import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.SimUser;
import com.kraviabridge.sim.odoo.seed.InvoiceRef;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import com.kraviabridge.sim.odoo.seed.PaymentRef;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records kept for review become to-dos (Odoo activities) on the invoices they concern, for the accountant who
 * works there: one each, opened once, marked done when the record goes through or is dismissed, and not reopened
 * for the same reason after the accountant marked it done.
 */
@Tag("slow")
class ReviewActivitiesTest {

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @ParameterizedTest
    @CsvSource({"V17, jsonrpc", "V18, xmlrpc", "V19, json2"})
    void aKeptInvoiceGetsOneToDoForItsSalespersonOnceAndItIsDoneWhenTheInvoiceGoes(OdooVersion version,
                                                                                 String protocol) {
        try (Landscape world = new Landscape(version, protocol)) {
            world.odoo.setToday(today);
            SimUser anne = world.odooDb.addUser("anne@acme.example", "pw").accountant();
            PartnerRef noOrgNumber = world.seed().partner("Uten Orgnr AS").company()
                    .address("Kaigata 2", "7010", "Trondheim", "NO").save();
            InvoiceRef invoice = world.seed().invoice(noOrgNumber).invoiceDate(today.minusDays(45))
                    .dueDate(today.minusDays(30)).amount("4000.00").salesperson(anne.uid()).save();

            world.odoo.stats().reset();
            world.cli("sync");

            assertThat(world.odoo.stats().count("mail.activity", "create")).as("one create").isEqualTo(1);
            List<Map<String, Object>> open = openActivities(world, invoice);
            assertThat(open).hasSize(1);
            Map<String, Object> todo = open.get(0);
            assertThat((String) todo.get("summary")).startsWith("Kravia").contains(invoice.name());
            assertThat((String) todo.get("note")).contains("organisation number")
                    .contains("bridge dismiss invoice:" + world.company.id() + ":" + invoice.id());
            assertThat(((List<?>) todo.get("user_id")).get(0)).isEqualTo(anne.uid());
            assertThat(((List<?>) todo.get("activity_type_id")).get(1)).isEqualTo("To-Do");

            world.odoo.stats().reset();
            world.cli("sync");
            assertThat(openActivities(world, invoice)).as("a second sync opens none").hasSize(1);
            assertThat(activityCalls(world)).as("nothing changed: no activity call").isZero();

            world.odooDb.execute("res.partner", "write", List.of(List.of(noOrgNumber.id()),
                    Map.of("company_registry", "987654321")), Map.of());
            world.cli("sync");

            assertThat(world.kravia.requests("POST", "invoice/register")).hasSize(1);
            assertThat(openActivities(world, invoice)).as("done once the invoice went").isEmpty();
            assertThat(notes(world, invoice)).anySatisfy(body ->
                    assertThat(body).contains("To-Do done").contains("resolved, the record went through"));
        }
    }

    @Test
    void aToDoTheAccountantMarkedDoneIsNotReopenedForTheSameReasonButIsWhenTheReasonChanges() {
        try (Landscape world = new Landscape(OdooVersion.V18, "jsonrpc")) {
            world.odoo.setToday(today);
            PartnerRef noOrgNumber = world.seed().partner("Uten Orgnr AS").company()
                    .address("Kaigata 2", "7010", "Trondheim", "NO").save();
            InvoiceRef invoice = world.seed().invoice(noOrgNumber).invoiceDate(today.minusDays(45))
                    .dueDate(today.minusDays(30)).amount("4000.00").save();
            world.cli("sync", "--dry-run");
            assertThat(openActivities(world, invoice)).as("a dry run opens none").isEmpty();
            world.cli("sync");
            List<Map<String, Object>> first = openActivities(world, invoice);
            assertThat(first).hasSize(1);
            assertThat(((List<?>) first.get(0).get("user_id")).get(0)).as("no active salesperson: the bridge's user")
                    .isEqualTo(world.odooDb.user("bridge@acme.example").uid());

            world.odooDb.execute("mail.activity", "action_feedback", List.of(List.of(first.get(0).get("id"))),
                    Map.of("feedback", "Asked the customer"));
            world.cli("sync");
            assertThat(openActivities(world, invoice)).as("same reason: not reopened").isEmpty();

            world.odooDb.execute("res.partner", "write", List.of(List.of(noOrgNumber.id()),
                    Map.of("zip", false)), Map.of());
            world.cli("sync");
            List<Map<String, Object>> again = openActivities(world, invoice);
            assertThat(again).as("the reason changed: a new to-do").hasSize(1);
            assertThat((String) again.get(0).get("note")).contains("postal code");

            String key = "invoice:" + world.company.id() + ":" + invoice.id();
            Landscape.Cli dismissed = world.cli("dismiss", key);
            assertThat(dismissed.exitCode()).isZero();
            assertThat(dismissed.out()).contains("its to-do in Odoo is marked done");
            assertThat(openActivities(world, invoice)).isEmpty();
            assertThat(notes(world, invoice)).anySatisfy(body -> assertThat(body).contains("dismissed"));
        }
    }

    @ParameterizedTest
    @CsvSource({"V17, xmlrpc", "V19, json2"})
    void anExcessAndAnUndonePaymentEachOpenOneToDoOnTheirInvoiceForTheReviewUser(OdooVersion version,
                                                                                 String protocol) {
        try (Landscape world = new Landscape(version, protocol, Map.of("odoo.review-user", "kari@acme.example"))) {
            world.odoo.setToday(today);
            SimUser kari = world.odooDb.addUser("kari@acme.example", "pw").accountant();
            PartnerRef bakery = world.fjordbakeri();
            InvoiceRef paidTooMuch = world.overdueInvoice(bakery, today, "6000.00");
            InvoiceRef undone = world.overdueInvoice(bakery, today, "3000.00");
            world.cli("sync");
            assertThat(openActivities(world, paidTooMuch)).isEmpty();
            long caseId = world.kravia.invoices(Landscape.CREDITOR).stream()
                    .filter(c -> c.accountingInvoiceId().equals(Integer.toString(paidTooMuch.id())))
                    .findFirst().orElseThrow().id();
            world.kravia.debtorPays(caseId, new BigDecimal("4000.00"));
            world.cli("sync", "--flow", "status");
            world.seed().registerPayment(paidTooMuch.id(), new BigDecimal("6000.00"), today, "BNK", "all of it");
            PaymentRef payment = world.seed().registerPayment(undone.id(), new BigDecimal("1000.00"), today, "BNK",
                    "part");
            world.cli("sync");
            world.seed().unreconcile(payment.partialIds().get(0));

            world.cli("sync");

            List<Map<String, Object>> excess = openActivities(world, paidTooMuch);
            List<Map<String, Object>> reversal = openActivities(world, undone);
            assertThat(excess).hasSize(1);
            assertThat(reversal).hasSize(1);
            assertThat((String) excess.get(0).get("note")).contains("more than the capital Kravia still collects");
            assertThat((String) reversal.get(0).get("note")).contains("undone in Odoo");
            for (Map<String, Object> todo : List.of(excess.get(0), reversal.get(0))) {
                assertThat(((List<?>) todo.get("user_id")).get(0)).isEqualTo(kari.uid());
            }
            world.odoo.stats().reset();
            world.cli("sync");
            assertThat(activityCalls(world)).isZero();

            String key = world.cli("status", "--parked").out().replaceAll("(?s).*key (undone:\\S+).*", "$1");
            assertThat(world.cli("dismiss", key).exitCode()).isZero();
            assertThat(openActivities(world, undone)).isEmpty();
            assertThat(openActivities(world, paidTooMuch)).hasSize(1);
        }
    }

    @Test
    void writesKraviaRefusedOpenOneToDoEachAndTheInvoiceSentAgainClosesItsOwn() {
        try (Landscape world = new Landscape(OdooVersion.V19, "json2")) {
            world.odoo.setToday(today);
            PartnerRef bakery = world.fjordbakeri();
            InvoiceRef refused = world.overdueInvoice(bakery, today, "2500.00");
            InvoiceRef sent = world.overdueInvoice(bakery, today, "3500.00");
            world.kravia.faults().forPath("invoice/register").refuseNext(1, "The creditor is not activated for B2B.");
            world.cli("sync", "--flow", "invoices");
            List<Map<String, Object>> registration = openActivities(world, refused);
            List<Map<String, Object>> other = openActivities(world, sent);
            assertThat(registration.size() + other.size()).as("one of the two was refused").isEqualTo(1);
            InvoiceRef refusedOne = registration.isEmpty() ? sent : refused;
            InvoiceRef sentOne = registration.isEmpty() ? refused : sent;
            assertThat((String) openActivities(world, refusedOne).get(0).get("note"))
                    .contains("Kravia refused invoice").contains("not activated for B2B");

            world.kravia.faults().forPath("invoice/payment").refuseNext(1, "Payment date is in the future.");
            world.seed().registerPayment(sentOne.id(), new BigDecimal("500.00"), today, "BNK", "part");
            world.cli("sync", "--flow", "payments");
            List<Map<String, Object>> payment = openActivities(world, sentOne);
            assertThat(payment).hasSize(1);
            assertThat((String) payment.get(0).get("summary")).startsWith("Kravia: payment");
            assertThat((String) payment.get(0).get("note")).contains("Payment date is in the future.");

            assertThat(world.cli("retry", "invoice:" + world.company.id() + ":" + refusedOne.id()).exitCode())
                    .isZero();
            world.cli("sync", "--flow", "invoices");
            assertThat(world.kravia.requests("POST", "invoice/register")).hasSize(3);
            assertThat(openActivities(world, refusedOne)).as("sent after all: its to-do is done").isEmpty();
            assertThat(openActivities(world, sentOne)).as("the refused payment's stays").hasSize(1);
        }
    }

    @Test
    void aSettlementThatCannotBeBookedGetsOneToDoOnItsInvoiceAndItIsDoneOnceBooked() {
        try (Landscape world = new Landscape(OdooVersion.V17, "xmlrpc")) {
            world.odoo.setToday(today);
            InvoiceRef invoice = world.overdueInvoice(world.fjordbakeri(), today, "2000.00");
            world.cli("sync");
            long caseId = world.kravia.invoices(Landscape.CREDITOR).stream()
                    .filter(c -> c.accountingInvoiceId().equals(Integer.toString(invoice.id())))
                    .findFirst().orElseThrow().id();
            world.kravia.debtorPaysInFull(caseId);
            assertThat(world.kravia.settleNow(Landscape.CREDITOR)).hasSize(1);
            world.remove("settlement.account.1500");

            world.cli("sync", "--flow", "settlements");

            List<Map<String, Object>> todo = openActivities(world, invoice);
            assertThat(todo).hasSize(1);
            assertThat((String) todo.get(0).get("summary")).startsWith("Kravia: settlement");
            assertThat((String) todo.get(0).get("note")).contains("not posted")
                    .contains("this to-do is on the first of them");

            world.set("settlement.account.1500", "1500");
            world.cli("sync", "--flow", "settlements");
            assertThat(openActivities(world, invoice)).as("booked: its to-do is done").isEmpty();
        }
    }

    @Test
    void anEntryThatIsNeitherPaymentNorCreditGetsOneToDoOnItsInvoice() {
        try (Landscape world = new Landscape(OdooVersion.V18, "auto")) {
            world.odoo.setToday(today);
            InvoiceRef invoice = world.overdueInvoice(world.fjordbakeri(), today, "3000.00");
            world.cli("sync");
            writeOff(world, invoice, 100.0);

            world.cli("sync", "--flow", "payments");

            List<Map<String, Object>> todo = openActivities(world, invoice);
            assertThat(todo).hasSize(1);
            assertThat((String) todo.get(0).get("note")).contains("neither a customer payment nor a credit note");
            world.cli("sync", "--flow", "payments");
            assertThat(openActivities(world, invoice)).hasSize(1);
        }
    }

    @Test
    void doctorNamesAReviewUserOdooDoesNotHave() {
        try (Landscape world = new Landscape(OdooVersion.V18, "xmlrpc", Map.of("odoo.review-user", "nobody"))) {
            Landscape.Cli doctor = world.cli("doctor");
            assertThat(doctor.exitCode()).isEqualTo(1);
            assertThat(doctor.out()).contains("FAIL odoo review user")
                    .contains("odoo.review-user is 'nobody', but Odoo has no active user with that login");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> openActivities(Landscape world, InvoiceRef invoice) {
        List<Integer> ids = world.odooDb.search("mail.activity", List.of(List.of("res_model", "=", "account.move"),
                List.of("res_id", "=", invoice.id())));
        return (List<Map<String, Object>>) world.odooDb.execute("mail.activity", "read", List.of(ids,
                List.of("summary", "note", "user_id", "activity_type_id")), Map.of());
    }

    /** A hand-made entry moving {@code amount} off the invoice's receivable, reconciled with it, as an accountant does. */
    @SuppressWarnings("unchecked")
    private static void writeOff(Landscape world, InvoiceRef invoice, double amount) {
        int journal = world.odooDb.search("account.journal", List.of(List.of("code", "=", "MISC"))).get(0);
        int expense = world.odooDb.search("account.account", List.of(List.of("code", "=", "7770"))).get(0);
        Map<String, Object> receivable = world.odooDb.read("account.move.line", invoice.receivableLineId(),
                "account_id", "partner_id");
        int receivableAccount = (Integer) ((List<Object>) receivable.get("account_id")).get(0);
        int partner = (Integer) ((List<Object>) receivable.get("partner_id")).get(0);
        List<Object> lines = List.of(
                List.of(0, 0, Map.of("account_id", expense, "name", "Write-off", "debit", amount, "credit", 0.0)),
                List.of(0, 0, Map.of("account_id", receivableAccount, "partner_id", partner, "name", "Write-off",
                        "debit", 0.0, "credit", amount)));
        int move = (Integer) world.odooDb.execute("account.move", "create", List.of(Map.of("move_type", "entry",
                "journal_id", journal, "ref", "Write-off", "line_ids", lines)), Map.of());
        world.odooDb.execute("account.move", "action_post", List.of(List.of(move)), Map.of());
        int entryLine = world.odooDb.search("account.move.line", List.of(List.of("move_id", "=", move),
                List.of("account_id", "=", receivableAccount))).get(0);
        world.odooDb.execute("account.move.line", "reconcile", List.of(List.of(entryLine,
                invoice.receivableLineId())), Map.of());
    }

    private static List<String> notes(Landscape world, InvoiceRef invoice) {
        return new OdooReads(world.odooDb).notes(invoice.id());
    }

    private static long activityCalls(Landscape world) {
        return world.odoo.stats().snapshot().entrySet().stream()
                .filter(e -> e.getKey().startsWith("mail.activity.")).mapToLong(Map.Entry::getValue).sum();
    }
}
