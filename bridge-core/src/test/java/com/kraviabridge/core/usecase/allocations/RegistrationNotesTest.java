package com.kraviabridge.core.usecase.allocations;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.InvoiceNote;
import com.kraviabridge.core.port.store.StoreUnavailable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static com.kraviabridge.core.usecase.allocations.AllocationFlowFixture.CREDITOR;
import static com.kraviabridge.core.usecase.allocations.AllocationFlowFixture.credit;
import static com.kraviabridge.core.usecase.allocations.AllocationFlowFixture.payment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The "Registered in Kravia" note on an invoice goes with the page that registered the payment or credit, so a flow
 * that stops on a later page (here: the store goes away while the second page is booked) has still told the invoices
 * of the pages before.
 */
class RegistrationNotesTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private final AllocationFlowFixture fixture = new AllocationFlowFixture(clock);

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aCreditsFlowStoppedWhileBookingItsSecondPageHasPostedTheFirstPagesNote() {
        twoPagesTheSecondNotBooked(credit(1, 10, "250"), credit(2, 11, "300"));

        assertThatThrownBy(() -> fixture.credits(1).run(CREDITOR, false)).isInstanceOf(StoreUnavailable.class);

        assertThat(fixture.kravia.credits).as("both pages were sent").hasSize(2);
        assertFirstPageToldOnly("Registered in Kravia: credit note ", "250");
    }

    @Test
    void aPaymentsFlowStoppedWhileBookingItsSecondPageHasPostedTheFirstPagesNote() {
        twoPagesTheSecondNotBooked(payment(1, 10, "100"), payment(2, 11, "200"));

        assertThatThrownBy(() -> fixture.payments(1).run(CREDITOR, false)).isInstanceOf(StoreUnavailable.class);

        assertThat(fixture.kravia.payments).as("both pages were sent").hasSize(2);
        assertFirstPageToldOnly("Registered in Kravia: direct payment ", "100");
    }

    @Test
    void aPageSentButNotBookedTellsItsNoteOnTheNextRunAndNoNoteTwice() {
        twoPagesTheSecondNotBooked(credit(1, 10, "250"), credit(2, 11, "300"));
        ForwardCredits flow = fixture.credits(1);
        assertThatThrownBy(() -> flow.run(CREDITOR, false)).isInstanceOf(StoreUnavailable.class);

        flow.run(CREDITOR, false); // the store is back
        flow.run(CREDITOR, false);

        assertThat(fixture.kravia.credits).as("each credit sent once").hasSize(2);
        assertThat(fixture.payouts.notes).extracting(InvoiceNote::invoiceId).containsExactly(10L, 11L);
    }

    /** One allocation per page, on invoices 10 and 11; the store goes away when the second page is booked. */
    private void twoPagesTheSecondNotBooked(Allocation first, Allocation second) {
        fixture.forwarded(10, "1000");
        fixture.forwarded(11, "1000");
        fixture.erp.add(first);
        fixture.erp.add(second);
        fixture.handled = new BookingThatFails(fixture.store, 1);
    }

    private void assertFirstPageToldOnly(String start, String amount) {
        assertThat(fixture.payouts.notes).singleElement().satisfies(note -> {
            assertThat(note.invoiceId()).isEqualTo(10);
            assertThat(note.text()).startsWith(start).contains(amount);
        });
    }
}
