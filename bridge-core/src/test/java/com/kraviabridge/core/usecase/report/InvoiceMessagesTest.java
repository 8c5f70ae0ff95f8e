package com.kraviabridge.core.usecase.report;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.AllocationKind;
import com.kraviabridge.core.domain.CaseShown;
import com.kraviabridge.core.domain.CaseStatus;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.InvoiceNote;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.fixture.InMemoryOperationsLog;
import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.port.erp.InvoiceNotes;
import com.kraviabridge.core.port.store.OperationState;
import com.kraviabridge.core.write.RemoteWrites;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How notes and the case fields of a batch reach the ERP: together, one call each per company. */
class InvoiceMessagesTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private final InMemoryOperationsLog log = new InMemoryOperationsLog(clock);
    private final RecordingNotes erp = new RecordingNotes();
    private final InvoiceMessages messages = new InvoiceMessages(erp, new RemoteWrites(log, clock));

    @Test
    void aPageOfForwardedInvoicesShowsItsCasesInOneCall() {
        List<InvoiceMessages.Message> page = new ArrayList<>();
        for (long invoice = 1; invoice <= 50; invoice++) {
            page.add(InvoiceMessages.forwarded(forwardedCase(invoice, CaseStatus.REGISTERED)));
        }

        messages.post(page);

        assertThat(erp.noteCalls).hasSize(1);
        assertThat(erp.noteCalls.get(0)).hasSize(50);
        assertThat(erp.shownCalls).singleElement().satisfies(shown -> {
            assertThat(shown).hasSize(50);
            assertThat(shown.get(0)).isEqualTo(new CaseShown(1, 880001, "REGISTERED"));
        });
        assertThat(erp.singleShowCalls).isZero();
    }

    @Test
    void anInvoiceWithTwoNewsShowsOnlyItsLatestStatusAndOtherNotesShowNothing() {
        CollectionCase registered = forwardedCase(7, CaseStatus.REGISTERED);
        CollectionCase closed = registered.withStatus(CaseStatus.CLOSED, "PAID", Money.of("0", "NOK"),
                LocalDateTime.of(2026, 11, 25, 9, 0));
        CollectionCase other = forwardedCase(8, CaseStatus.REGISTERED);

        messages.post(List.of(InvoiceMessages.forwarded(registered), InvoiceMessages.statusChanged(closed, "REGISTERED"),
                InvoiceMessages.text(other, "settlement:1", "Kravia collected 100.00")));

        assertThat(erp.noteCalls).singleElement().satisfies(notes -> assertThat(notes).hasSize(3));
        assertThat(erp.shownCalls).as("its forwarding is overtaken by its latest status").isEmpty();
        assertThat(erp.statusCalls).singleElement()
                .isEqualTo(List.of(new CaseShown(7, 880007, "CLOSED")));
    }

    @Test
    void statusChangesShowOnlyTheNewStatusAndForwardingTheWholeCase() {
        CollectionCase forwarded = forwardedCase(1, CaseStatus.REGISTERED);
        CollectionCase paused = forwardedCase(2, CaseStatus.REGISTERED).withStatus(new CaseStatus("PAUSED"), null,
                Money.of("100.00", "NOK"), LocalDateTime.of(2026, 11, 25, 9, 0));

        messages.post(List.of(InvoiceMessages.forwarded(forwarded), InvoiceMessages.statusChanged(paused, "REGISTERED")));

        assertThat(erp.shownCalls).singleElement().isEqualTo(List.of(new CaseShown(1, 880001, "REGISTERED")));
        assertThat(erp.statusCalls).singleElement().isEqualTo(List.of(new CaseShown(2, 880002, "PAUSED")));
    }

    @Test
    void aPageOfNotesGoesInOneCallLeavingTheCutToTheErpAdapter() {
        List<InvoiceMessages.Message> many = new ArrayList<>();
        for (long invoice = 1; invoice <= 1000; invoice++) {
            many.add(InvoiceMessages.text(forwardedCase(invoice, CaseStatus.REGISTERED), "registered:payment:1:" + invoice,
                    "Registered in Kravia"));
        }

        messages.post(many);

        assertThat(erp.noteCalls).as("a page of the ERP's default size is one call, not two")
                .extracting(List::size).containsExactly(1000);
        assertThat(erp.shownCalls).isEmpty();
        assertThat(erp.statusCalls).isEmpty();
    }

    @Test
    void aRegisteredPaymentIsToldOnEachInvoiceItWentTo() {
        CollectionCase first = forwardedCase(1, CaseStatus.REGISTERED).withRemainingCapital(Money.of("40.00", "NOK"));
        CollectionCase second = forwardedCase(2, CaseStatus.REGISTERED).withRemainingCapital(Money.of("100.00", "NOK"));
        List<Allocation> group = List.of(allocation(11, 1, "60.00"), allocation(12, 2, "30.00"));

        List<InvoiceMessages.Message> notes = InvoiceMessages.registered("direct payment BNK1/7 of 90.00 NOK",
                "payment:1:11", group, Map.of(1L, first, 2L, second),
                Map.of(11L, Money.of("60.00", "NOK"), 12L, Money.of("0.00", "NOK")));

        assertThat(notes).as("nothing went to the second invoice's case").singleElement().satisfies(n -> {
            assertThat(n.about()).isEqualTo(first);
            assertThat(n.event()).isEqualTo("registered:payment:1:11");
            assertThat(n.text()).isEqualTo("Registered in Kravia: direct payment BNK1/7 of 90.00 NOK, 60.00 NOK of it"
                    + " on case 880001; remaining capital 40.00 NOK.");
        });
    }

    private static Allocation allocation(long id, long invoiceId, String amount) {
        return new Allocation(id, 1, invoiceId, AllocationKind.CUSTOMER_PAYMENT, Money.of(amount, "NOK"),
                java.time.LocalDate.of(2026, 11, 20), 900 + id, "BNK1/7", 900L + id, "BNK", 7, "", 0);
    }

    @Test
    void fieldsTheErpRefusesLeaveTheWrittenNotesConfirmed() {
        erp.refuseCases = true;

        messages.post(List.of(InvoiceMessages.forwarded(forwardedCase(1, CaseStatus.REGISTERED)),
                InvoiceMessages.forwarded(forwardedCase(2, CaseStatus.REGISTERED))));

        assertThat(erp.shownCalls).hasSize(1);
        assertThat(log.countByState()).containsEntry(OperationState.CONFIRMED, 2L);
    }

    private CollectionCase forwardedCase(long invoiceId, CaseStatus status) {
        return new CollectionCase(1, invoiceId, "INV/" + invoiceId, 501, 880000 + invoiceId, "C-1", 7, status, null,
                Money.of("100.00", "NOK"), null, clock.instant());
    }

    /** Records each call; the single showCase must not be used for batches. */
    private static final class RecordingNotes implements InvoiceNotes {
        final List<List<InvoiceNote>> noteCalls = new ArrayList<>();
        final List<List<CaseShown>> shownCalls = new ArrayList<>();
        final List<List<CaseShown>> statusCalls = new ArrayList<>();
        int singleShowCalls;
        boolean refuseCases;

        @Override
        public void addNote(long companyId, long invoiceId, String text) {
            noteCalls.add(List.of(new InvoiceNote(invoiceId, text)));
        }

        @Override
        public void addNotes(long companyId, List<InvoiceNote> notes) {
            noteCalls.add(List.copyOf(notes));
        }

        @Override
        public void showCase(long companyId, long invoiceId, long kraviaInvoiceId, String status) {
            singleShowCalls++;
        }

        @Override
        public void showCases(long companyId, List<CaseShown> cases) {
            shownCalls.add(List.copyOf(cases));
            if (refuseCases) {
                throw RemoteFailure.permanent(RemoteFailure.Side.ERP, "Odoo did not take the Kravia case fields");
            }
        }

        @Override
        public void showStatuses(long companyId, List<CaseShown> cases) {
            statusCalls.add(List.copyOf(cases));
        }
    }
}
