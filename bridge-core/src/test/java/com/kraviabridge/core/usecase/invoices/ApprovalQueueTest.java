package com.kraviabridge.core.usecase.invoices;

import com.kraviabridge.core.domain.Debtor;
import com.kraviabridge.core.domain.Invoice;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.domain.PaymentState;
import com.kraviabridge.core.fixture.InMemoryStore;
import com.kraviabridge.core.fixture.MutableClock;
import com.kraviabridge.core.policy.ApprovalRule;
import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.port.erp.InvoiceApprovals;
import com.kraviabridge.core.port.store.ParkedKind;
import com.kraviabridge.core.port.store.ParkedRecord;
import com.kraviabridge.core.usecase.report.FlowReport;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApprovalQueueTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final InMemoryStore store = new InMemoryStore();
    private final RecordingDesk desk = new RecordingDesk();

    private ApprovalQueue queue(ApprovalRule.Mode mode) {
        return new ApprovalQueue(new ApprovalRule(mode, OptionalInt.empty(), clock), desk, store, clock);
    }

    private static Invoice invoice(long id) {
        return new Invoice(id, "INV/" + id, 1, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1),
                Money.of("1000.00", "NOK"), Money.of("1000.00", "NOK"), PaymentState.NOT_PAID,
                new Debtor(100, "C-100", "Customer", false, null, null, null, Set.of()));
    }

    private List<Long> run(ApprovalQueue queue, Invoice... invoices) {
        ApprovalQueue.Run run = queue.open(1, false);
        List<Long> waiting = new ArrayList<>();
        for (Invoice invoice : invoices) {
            if (run.waits(invoice, new FlowReport(FlowReport.Flow.INVOICES, 1))) {
                waiting.add(invoice.id());
            }
        }
        run.close();
        return waiting;
    }

    @Test
    void waitingInvoicesAreKeptApartAndShownWithOneWriteAndNotWrittenAgainWhileTheyWait() {
        ApprovalQueue manual = queue(ApprovalRule.Mode.MANUAL);

        assertThat(run(manual, invoice(1), invoice(2), invoice(3).withMarks(false, true))).containsExactly(1L, 2L);
        assertThat(desk.shown).containsExactly(List.of(1L, 2L));
        assertThat(store.parked.values()).extracting(ParkedRecord::key, ParkedRecord::kind).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("invoice:1:1", ParkedKind.AWAITING_APPROVAL),
                org.assertj.core.groups.Tuple.tuple("invoice:1:2", ParkedKind.AWAITING_APPROVAL));
        assertThat(ParkedKind.AWAITING_APPROVAL.needsReview()).isFalse();

        assertThat(run(manual, invoice(1), invoice(2))).containsExactly(1L, 2L);
        assertThat(desk.shown).as("nothing changed, nothing written").hasSize(1);
        assertThat(desk.cleared).isEmpty();
    }

    @Test
    void anInvoiceThatStopsWaitingWithoutGoingHasItsStatusTakenOff() {
        ApprovalQueue manual = queue(ApprovalRule.Mode.MANUAL);
        run(manual, invoice(1), invoice(2), invoice(3));

        // 1 is approved (it goes), 2 is held (no longer eligible, so not asked), 3 is still waiting
        run(manual, invoice(1).withMarks(false, true), invoice(3));

        assertThat(desk.cleared).containsExactly(List.of(2L));
        assertThat(store.parked.keySet()).as("the approved one's record goes even before it is sent")
                .containsExactlyInAnyOrder("invoice:1:2", "invoice:1:3");
    }

    @Test
    void aDryRunWritesNothing() {
        ApprovalQueue.Run run = queue(ApprovalRule.Mode.MANUAL).open(1, true);
        FlowReport report = new FlowReport(FlowReport.Flow.INVOICES, 1);
        assertThat(run.waits(invoice(1), report)).isTrue();
        run.close();
        assertThat(report.lines()).singleElement().asString().startsWith("would wait: invoice INV/1 waits");
        assertThat(store.parked).isEmpty();
        assertThat(desk.shown).isEmpty();
    }

    @Test
    void manualApprovalWithoutTheFieldInOdooStopsTheRunNamingTheKeyAndTheFix() {
        desk.approvable = false;
        assertThatThrownBy(() -> queue(ApprovalRule.Mode.MANUAL).open(1, false))
                .isInstanceOf(RemoteFailure.class)
                .hasMessageContaining("collection.approval = manual").hasMessageContaining("run bridge odoo setup");
        assertThat(queue(ApprovalRule.Mode.AUTOMATIC).open(1, false)).as("automatic needs no field").isNotNull();
    }

    private static final class RecordingDesk implements InvoiceApprovals {
        boolean approvable = true;
        final List<List<Long>> shown = new ArrayList<>();
        final List<List<Long>> cleared = new ArrayList<>();

        @Override
        public boolean approvable() {
            return approvable;
        }

        @Override
        public void showWaiting(long companyId, Collection<Long> invoiceIds) {
            shown.add(List.copyOf(invoiceIds));
        }

        @Override
        public void clearWaiting(long companyId, Collection<Long> invoiceIds) {
            cleared.add(List.copyOf(invoiceIds));
        }
    }
}
