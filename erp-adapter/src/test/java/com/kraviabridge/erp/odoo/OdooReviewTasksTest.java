package com.kraviabridge.erp.odoo;

import com.kraviabridge.core.domain.ReviewTask;
import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.port.erp.ReviewTasks;
import com.kraviabridge.erp.odoo.rpc.RpcProtocol;
import com.kraviabridge.sim.odoo.OdooSimulator;
import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.SimDatabase;
import com.kraviabridge.sim.odoo.SimUser;
import com.kraviabridge.sim.odoo.seed.InvoiceRef;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** To-dos as Odoo activities, against the simulator: batched, assigned, found again, and closed. */
class OdooReviewTasksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);

    private OdooSimulator sim;
    private SimDatabase db;
    private SimUser bot;
    private PartnerRef customer;

    @BeforeEach
    void start() {
        sim = OdooSimulator.start(OdooVersion.V18);
        sim.setToday(TODAY);
        db = sim.addDatabase("acme");
        bot = db.addUser("bot", "bot-password").apiKey("bot-api-key").accountant();
        customer = db.seed().partner("Debtor AS").save();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private ReviewTasks tasks(String reviewLogin) {
        return OdooErp.connect(new OdooClientSettings(URI.create(sim.url()), "acme", "bot", "bot-api-key",
                RpcProtocol.XMLRPC, 500, Duration.ofSeconds(10)).withRetries(1, Duration.ofMillis(1)))
                .reviewTasks(reviewLogin);
    }

    private InvoiceRef invoice(boolean draft) {
        var builder = db.seed().invoice(customer).amount("100").invoiceDate(TODAY);
        return (draft ? builder.draft() : builder).save();
    }

    @Test
    void manyAreOpenedInOneCreateAndAnInvoiceGoneFromOdooGetsNone() {
        InvoiceRef kept = invoice(false);
        InvoiceRef deleted = invoice(true);
        db.execute("account.move", "unlink", List.of(List.of(deleted.id())), Map.of());
        ReviewTasks tasks = tasks(null);
        sim.stats().reset();

        List<Long> ids = tasks.open(1, List.of(new ReviewTask(kept.id(), "Kravia: one", "line 1\nline <2>"),
                new ReviewTask(deleted.id(), "Kravia: two", "gone")));

        assertThat(sim.stats().count("mail.activity", "create")).isEqualTo(1);
        assertThat(ids).hasSize(2).endsWith(ReviewTasks.NOT_OPENED);
        Map<String, Object> activity = db.read("mail.activity", ids.get(0).intValue(), "res_id", "note", "user_id");
        assertThat(activity).containsEntry("res_id", kept.id()).containsEntry("note", "<p>line 1<br/>line &lt;2&gt;</p>");
        assertThat(((List<?>) activity.get("user_id")).get(0)).as("no active salesperson: the bridge's user")
                .isEqualTo(bot.uid());
        assertThat(tasks.findOpen(1, kept.id(), "Kravia: one")).contains(ids.get(0));
        assertThat(tasks.findOpen(1, kept.id(), "Kravia: other")).isEmpty();

        tasks.markDone(1, List.of(ids.get(0)), "resolved");
        assertThat(tasks.stillOpen(1, List.of(ids.get(0)))).isEmpty();
        assertThat(tasks.findOpen(1, kept.id(), "Kravia: one")).isEmpty();
    }

    @Test
    void theReviewUserIsFoundByLoginAndAnUnknownLoginIsNamed() {
        SimUser kari = db.addUser("kari@acme.example", "pw").accountant();
        InvoiceRef kept = invoice(false);

        List<Long> ids = tasks("kari@acme.example").open(1, List.of(new ReviewTask(kept.id(), "Kravia: x", "y")));
        assertThat(((List<?>) db.read("mail.activity", ids.get(0).intValue(), "user_id").get("user_id")).get(0))
                .isEqualTo(kari.uid());

        assertThatThrownBy(() -> tasks("nobody").open(1, List.of(new ReviewTask(kept.id(), "Kravia: x", "y"))))
                .isInstanceOf(RemoteFailure.class)
                .hasMessageContaining("odoo.review-user is 'nobody', but Odoo has no active user with that login");
    }
}
