package com.kraviabridge.core.usecase.allocations;

import com.kraviabridge.core.domain.CasePart;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.port.store.ParkedKind;
import com.kraviabridge.core.usecase.report.FlowReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static com.kraviabridge.core.usecase.allocations.AllocationFlowFixture.CREDITOR;
import static com.kraviabridge.core.usecase.allocations.AllocationFlowFixture.credit;
import static org.assertj.core.api.Assertions.assertThat;

/** The decisions of the credit-note flow, in isolation from the adapters (which the end-to-end tests cover). */
class ForwardCreditsTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private final AllocationFlowFixture fixture = new AllocationFlowFixture(clock);

    @AfterEach
    void close() {
        fixture.close();
    }

    private static Money nok(String amount) {
        return Money.of(amount, "NOK");
    }

    @Test
    void aCreditNoteOnAForwardedInvoiceIsOneCreditAndLowersTheCapital() {
        fixture.forwarded(10, "1000");
        fixture.erp.add(credit(1, 10, "250"));

        FlowReport report = fixture.credits().run(CREDITOR, false);

        assertThat(fixture.kravia.credits).singleElement().satisfies(c -> {
            assertThat(c.accountingPaymentId()).isEqualTo("odoo-credit-200001-1");
            assertThat(c.total()).isEqualTo(nok("250"));
            assertThat(c.parts()).containsExactly(new CasePart(880_010, nok("250")));
        });
        assertThat(report.sentCount()).isEqualTo(1);
        assertThat(fixture.store.byInvoice(1, 10).orElseThrow().remainingCapital()).isEqualTo(nok("750"));
        assertThat(fixture.store.handled(1, List.of(1L))).containsExactly(1L);
        assertThat(fixture.store.read(1, "erp.allocations.credits")).contains("1");
        assertThat(fixture.kravia.payments).as("a credit note is never a payment").isEmpty();
    }

    @Test
    void aCreditAboveTheRemainingCapitalIsCappedAndTheRestParkedAsExcess() {
        fixture.forwarded(10, "400");
        fixture.erp.add(credit(1, 10, "1000"));

        FlowReport report = fixture.credits().run(CREDITOR, false);

        assertThat(fixture.kravia.credits).singleElement()
                .satisfies(c -> assertThat(c.total()).isEqualTo(nok("400")));
        assertThat(report.parkedCount()).isEqualTo(1);
        assertThat(fixture.store.all()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("excess:1:1");
            assertThat(p.kind()).isEqualTo(ParkedKind.EXCESS);
            assertThat(p.reason()).startsWith("credit note RINV/1 applied 1000.00 NOK").contains("600.00 NOK more");
        });
        assertThat(fixture.store.byInvoice(1, 10).orElseThrow().remainingCapital().isZero()).isTrue();
    }

    @Test
    void aCreditOnACaseWithNoCapitalLeftSendsNothingButIsHandled() {
        fixture.forwarded(10, "0");
        fixture.erp.add(credit(1, 10, "100"));

        FlowReport report = fixture.credits().run(CREDITOR, false);

        assertThat(fixture.kravia.credits).isEmpty();
        assertThat(report.parkedCount()).as("the whole credit is excess").isEqualTo(1);
        assertThat(fixture.store.handled(1, List.of(1L))).containsExactly(1L);
    }

    @Test
    void aCreditKraviaRefusesIsParkedUnderItsWriteAndNotSentAgain() {
        fixture.forwarded(10, "1000");
        fixture.erp.add(credit(1, 10, "250"));
        fixture.kravia.onCredit = c -> {
            throw RemoteFailure.permanent(RemoteFailure.Side.COLLECTOR, "case 880010 is closed");
        };
        ForwardCredits flow = fixture.credits();

        FlowReport report = flow.run(CREDITOR, false);

        assertThat(fixture.kravia.credits).isEmpty();
        assertThat(report.parkedCount()).isEqualTo(1);
        assertThat(fixture.store.all()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("credit:1:200001:1");
            assertThat(p.kind()).isEqualTo(ParkedKind.CREDIT);
            assertThat(p.subject()).isEqualTo("RINV/1");
            assertThat(p.reason()).isEqualTo("Kravia refused credit note RINV/1 of 250.00 NOK: case 880010 is closed");
        });
        assertThat(fixture.store.byInvoice(1, 10).orElseThrow().remainingCapital())
                .as("the capital is not lowered by what Kravia refused").isEqualTo(nok("1000"));
        assertThat(fixture.store.handled(1, List.of(1L))).as("handled, so the next run does not send it again")
                .containsExactly(1L);
    }

    @Test
    void aDryRunSendsAndWritesNothing() {
        fixture.forwarded(10, "1000");
        fixture.erp.add(credit(1, 10, "250"));

        FlowReport report = fixture.credits().run(CREDITOR, true);

        assertThat(report.lines()).anyMatch(l -> l.startsWith("would register credit note RINV/1 of 250.00 NOK on 1 case(s)"));
        assertThat(fixture.kravia.credits).isEmpty();
        assertThat(fixture.store.cursors).isEmpty();
        assertThat(fixture.store.allocations).isEmpty();
    }
}
