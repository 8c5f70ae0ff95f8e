package com.kraviabridge.core.usecase.invoices;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.AllocationPage;
import com.kraviabridge.core.domain.CaseStatus;
import com.kraviabridge.core.domain.Credit;
import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.domain.Debtor;
import com.kraviabridge.core.domain.DirectPayment;
import com.kraviabridge.core.domain.Invoice;
import com.kraviabridge.core.domain.InvoiceNote;
import com.kraviabridge.core.domain.InvoicePage;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.domain.NewCase;
import com.kraviabridge.core.domain.PaymentState;
import com.kraviabridge.core.domain.RegisteredCase;
import com.kraviabridge.core.fixture.InMemoryOperationsLog;
import com.kraviabridge.core.fixture.InMemoryStore;
import com.kraviabridge.core.fixture.MutableClock;
import com.kraviabridge.core.pipeline.ParallelSender;
import com.kraviabridge.core.policy.Eligibility;
import com.kraviabridge.core.policy.Verdict;
import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.port.collector.CaseRegistry;
import com.kraviabridge.core.port.erp.InvoiceAllocations;
import com.kraviabridge.core.port.erp.InvoiceNotes;
import com.kraviabridge.core.port.erp.OpenInvoices;
import com.kraviabridge.core.usecase.report.FlowReport;
import com.kraviabridge.core.usecase.report.InvoiceMessages;
import com.kraviabridge.core.write.RemoteWrites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The forwarding pipeline in isolation from the adapters (the end-to-end tests run it on the simulators): pages
 * overlap, and whatever fails on a page, every invoice ends up forwarded exactly once.
 */
class ForwardOverdueInvoicesTest {

    private static final CreditorMapping CREDITOR = new CreditorMapping(1, 501);
    private static final int PAGE = 10;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final InMemoryStore store = new InMemoryStore();
    private final InMemoryOperationsLog log = new InMemoryOperationsLog(clock);
    private final RemoteWrites writes = new RemoteWrites(log, clock);
    private final FakeKravia kravia = new FakeKravia();
    private final FakeErp erp = new FakeErp();
    private final Set<Long> ineligible = ConcurrentHashMap.newKeySet();
    private final Set<Long> held = ConcurrentHashMap.newKeySet();
    private ParallelSender sender;

    @AfterEach
    void closeSender() {
        if (sender != null) {
            sender.close();
        }
    }

    private ForwardOverdueInvoices flow(int concurrency) {
        sender = new ParallelSender(concurrency);
        Eligibility eligibility = new Eligibility(List.of(invoice -> ineligible.contains(invoice.id())
                ? Verdict.rejected("customer " + invoice.debtor().name() + " has no address") : Verdict.allowed(),
                invoice -> held.contains(invoice.id())
                        ? Verdict.keptOut("invoice " + invoice.number() + " is held") : Verdict.allowed()));
        return new ForwardOverdueInvoices(erp, erp, store, kravia, store, store, writes,
                new InvoiceMessages(erp, writes), eligibility, 14, clock, PAGE, sender, ApprovalQueue.none(store, clock));
    }

    @Test
    void failuresOnAPageLeaveEveryInvoiceForwardedExactlyOnce() {
        erp.invoices(60);
        ineligible.add(5L);
        kravia.plan(22, Fault.RETRYABLE);
        kravia.plan(23, Fault.ANSWER_LOST);
        kravia.plan(24, Fault.REFUSED);
        kravia.plan(25, Fault.RETRYABLE);
        ForwardOverdueInvoices flow = flow(4);

        FlowReport first = flow.run(CREDITOR, false);

        assertThat(first.sentCount()).isEqualTo(55);
        assertThat(first.rejectedCount()).isEqualTo(1);
        assertThat(first.failedCount()).isEqualTo(2);
        assertThat(first.unknownCount()).isEqualTo(1);
        assertThat(first.parkedCount()).isEqualTo(1);
        assertThat(store.cases).hasSize(55);
        assertThat(store.parked.keySet()).containsExactlyInAnyOrder("invoice:1:5", "invoice:1:24");
        // the lost answer took effect in Kravia, though the bridge does not know it yet
        assertThat(kravia.casesPerInvoice()).hasSize(56).allSatisfy((invoice, cases) -> assertThat(cases).isEqualTo(1));
        // the report lists a page's problems before its forwarded invoices, in page order
        List<String> lines = first.lines();
        assertThat(lines.indexOf("invoice INV/22: Simulated 503 (retried later)")).isNotNegative()
                .isLessThan(lines.indexOf("invoice INV/25: Simulated 503 (retried later)"));
        assertThat(lines.indexOf("invoice INV/25: Simulated 503 (retried later)"))
                .isLessThan(lines.indexOf(lines.stream().filter(l -> l.startsWith("forwarded invoice INV/21 "))
                        .findFirst().orElseThrow()));

        // past the back-off of the retryable ones and the lease of the one whose answer was lost
        clock.advance(RemoteWrites.DEFAULT_LEASE);
        FlowReport second = flow.run(CREDITOR, false);

        assertThat(second.sentCount()).isEqualTo(3);
        assertThat(second.unchangedCount()).isEqualTo(55);
        assertThat(second.parkedCount()).as("still refused, not sent again").isEqualTo(1);
        assertThat(kravia.casesPerInvoice()).hasSize(58).allSatisfy((invoice, cases) -> assertThat(cases).isEqualTo(1));
        assertThat(kravia.calls("24")).isEqualTo(1);
        assertThat(kravia.calls("23")).as("found by the lookup, not sent again").isEqualTo(1);
        assertThat(store.cases).hasSize(58);
        assertThat(store.cases.values()).allSatisfy(c ->
                assertThat(c.kraviaInvoiceId()).isEqualTo(kravia.caseOf(Long.toString(c.invoiceId()))));
        assertThat(store.parked.keySet()).containsExactlyInAnyOrder("invoice:1:5", "invoice:1:24");
        assertThat(erp.notedInvoices()).hasSize(58).doesNotHaveDuplicates();
    }

    @Test
    void anInvoiceAPersonKeepsOutIsNeitherSentNorParkedNorAProblemAndGoesOnceLetGo() {
        erp.invoices(3);
        ineligible.add(2L);
        ineligible.add(3L);
        ForwardOverdueInvoices flow = flow(2);
        flow.run(CREDITOR, false);
        assertThat(store.parked.keySet()).containsExactlyInAnyOrder("invoice:1:2", "invoice:1:3");

        ineligible.clear();
        held.add(2L);
        held.add(3L);
        ineligible.add(3L); // a problem under a hold is nobody's to fix
        FlowReport whileHeld = flow.run(CREDITOR, false);

        assertThat(whileHeld.keptOutCount()).isEqualTo(2);
        assertThat(whileHeld.rejectedCount() + whileHeld.parkedCount()).isZero();
        assertThat(whileHeld.needsAttention()).isFalse();
        assertThat(store.parked).as("the earlier rejection is released: nothing is left to fix").isEmpty();
        assertThat(whileHeld.lines()).contains("kept out: invoice INV/2 is held");
        assertThat(kravia.calls("2")).isZero();

        held.clear();
        ineligible.clear();
        FlowReport released = flow.run(CREDITOR, false);
        assertThat(released.sentCount()).isEqualTo(2);
        assertThat(kravia.calls("2")).isEqualTo(1);
    }

    @Test
    void anUnexpectedErrorStopsTheRunAndTheNextRunNeitherRepeatsNorLosesARegistration() {
        erp.invoices(50);
        kravia.plan(17, Fault.BUG);
        ForwardOverdueInvoices flow = flow(3);

        assertThatThrownBy(() -> flow.run(CREDITOR, false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bug in the registry");

        // the run gave up with the page after the broken one queued: what had not started was dropped, what had
        // started was waited for, and nothing further was read or sent
        assertThat(kravia.inProgress).hasValue(0);
        assertThat(kravia.totalCalls()).isLessThanOrEqualTo(30);
        assertThat(erp.pagesRead).hasValue(3);

        FlowReport second = flow.run(CREDITOR, false);

        assertThat(second.failedCount() + second.unknownCount() + second.parkedCount()).isZero();
        assertThat(kravia.casesPerInvoice()).hasSize(50).allSatisfy((invoice, cases) -> assertThat(cases).isEqualTo(1));
        assertThat(store.cases).hasSize(50);
        assertThat(erp.notedInvoices()).hasSize(50).doesNotHaveDuplicates();
    }

    @Test
    void theNextPageIsSentWhileTheLastOneIsBookedAndNoMoreThanTwoPagesAreHeld() {
        erp.invoices(45);
        CountDownLatch secondPageSending = new CountDownLatch(1);
        kravia.onRegister = id -> {
            if (id > PAGE) {
                secondPageSending.countDown();
            }
        };
        AtomicBoolean overlapped = new AtomicBoolean();
        erp.onNotes = notes -> {
            if (notes.stream().anyMatch(n -> n.invoiceId() <= PAGE)) {
                overlapped.set(await(secondPageSending));
            }
        };

        FlowReport report = flow(4).run(CREDITOR, false);

        assertThat(report.sentCount()).isEqualTo(45);
        assertThat(overlapped).as("page 2 was registered while page 1 was still being booked").isTrue();
        assertThat(erp.mostPagesHeld).hasValue(2);
        assertThat(report.lines()).filteredOn(l -> l.startsWith("forwarded ")).hasSize(45)
                .isSortedAccordingTo((a, b) -> Integer.compare(number(a), number(b)));
    }

    @Test
    void aDryRunReportsWithoutSendingOrStoring() {
        erp.invoices(25);
        ineligible.add(12L);

        FlowReport report = flow(4).run(CREDITOR, true);

        assertThat(report.sentCount()).isEqualTo(24);
        assertThat(report.rejectedCount()).isEqualTo(1);
        assertThat(report.lines().get(11)).startsWith("not forwarded: customer");
        assertThat(report.lines().get(12)).startsWith("would forward invoice INV/13 ");
        assertThat(kravia.totalCalls()).isZero();
        assertThat(store.cases).isEmpty();
        assertThat(store.parked).isEmpty();
        assertThat(log.countByState().values().stream().mapToLong(Long::longValue).sum()).isZero();
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int number(String line) {
        return Integer.parseInt(line.substring("forwarded invoice INV/".length(), line.indexOf(' ', 22)));
    }

    enum Fault { RETRYABLE, ANSWER_LOST, REFUSED, BUG }

    /** Kravia as far as registration goes: one case per effect, faults planned per invoice (each used once). */
    private static final class FakeKravia implements CaseRegistry {

        private final Map<String, List<Long>> cases = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        private final Map<Long, Fault> faults = new ConcurrentHashMap<>();
        private final AtomicLong ids = new AtomicLong(90_000);
        final AtomicInteger inProgress = new AtomicInteger();
        volatile java.util.function.LongConsumer onRegister = id -> { };

        void plan(long invoiceId, Fault fault) {
            faults.put(invoiceId, fault);
        }

        @Override
        public RegisteredCase register(NewCase newCase) {
            inProgress.incrementAndGet();
            try {
                return registerNow(newCase);
            } finally {
                inProgress.decrementAndGet();
            }
        }

        private RegisteredCase registerNow(NewCase newCase) {
            String ref = newCase.accountingInvoiceId();
            calls.computeIfAbsent(ref, k -> new AtomicInteger()).incrementAndGet();
            long invoiceId = Long.parseLong(ref);
            onRegister.accept(invoiceId);
            Fault fault = faults.get(invoiceId);
            if (fault != Fault.REFUSED && fault != null) {
                faults.remove(invoiceId);
            }
            if (fault == Fault.RETRYABLE) {
                throw RemoteFailure.retryable(RemoteFailure.Side.COLLECTOR, "Simulated 503", null);
            }
            if (fault == Fault.REFUSED) {
                throw RemoteFailure.permanent(RemoteFailure.Side.COLLECTOR, "debtor address incomplete");
            }
            if (fault == Fault.BUG) {
                throw new IllegalStateException("bug in the registry");
            }
            long caseId = ids.incrementAndGet();
            cases.computeIfAbsent(ref, k -> Collections.synchronizedList(new ArrayList<>())).add(caseId);
            if (fault == Fault.ANSWER_LOST) {
                throw RemoteFailure.outcomeUnknown(RemoteFailure.Side.COLLECTOR, "read timed out", null);
            }
            return new RegisteredCase(caseId, ref, CaseStatus.REGISTERED, newCase.amount(), null);
        }

        @Override
        public Optional<RegisteredCase> findByAccountingInvoiceId(long creditorId, String ref, LocalDateTime notBefore) {
            return Optional.ofNullable(cases.get(ref)).map(found -> new RegisteredCase(found.get(0), ref,
                    CaseStatus.REGISTERED, null, null));
        }

        @Override
        public void registerPayment(long creditorId, DirectPayment payment) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void registerCredit(long creditorId, Credit credit) {
            throw new UnsupportedOperationException();
        }

        Map<String, Integer> casesPerInvoice() {
            return cases.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size()));
        }

        long caseOf(String ref) {
            return cases.get(ref).get(0);
        }

        int calls(String ref) {
            return calls.getOrDefault(ref, new AtomicInteger()).get();
        }

        int totalCalls() {
            return calls.values().stream().mapToInt(AtomicInteger::get).sum();
        }
    }

    /** The ERP: invoices read in pages, no allocations, notes recorded. Counts how many pages are held at once. */
    private final class FakeErp implements OpenInvoices, InvoiceAllocations, InvoiceNotes {

        private final List<Invoice> invoices = new ArrayList<>();
        private final List<Long> noted = Collections.synchronizedList(new ArrayList<>());
        private final Set<Integer> pagesNoted = ConcurrentHashMap.newKeySet();
        final AtomicInteger pagesRead = new AtomicInteger();
        final AtomicInteger mostPagesHeld = new AtomicInteger();
        volatile java.util.function.Consumer<List<InvoiceNote>> onNotes = notes -> { };

        void invoices(int count) {
            LongStream.rangeClosed(1, count).forEach(id -> invoices.add(new Invoice(id, "INV/" + id, 1,
                    LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1), Money.of("1000.00", "NOK"),
                    Money.of("1000.00", "NOK"), PaymentState.NOT_PAID, new Debtor(100 + id / 5, "C-" + id / 5,
                    "Customer " + id / 5, false, null, null, null, Set.of()))));
        }

        @Override
        public InvoicePage overdueInvoices(long companyId, LocalDate dueOnOrBefore, long afterInvoiceId, int limit) {
            int read = pagesRead.incrementAndGet();
            // this page and those read before whose notes (the last step of a page) are not written yet
            mostPagesHeld.accumulateAndGet(read - (int) pagesNoted.stream().filter(p -> p < read).count(), Math::max);
            List<Invoice> page = invoices.stream().filter(i -> i.id() > afterInvoiceId).limit(limit).toList();
            long last = page.isEmpty() ? afterInvoiceId : page.get(page.size() - 1).id();
            return new InvoicePage(page, last, invoices.stream().noneMatch(i -> i.id() > last));
        }

        @Override
        public List<Invoice> invoices(long companyId, Collection<Long> invoiceIds) {
            return invoices.stream().filter(i -> invoiceIds.contains(i.id())).toList();
        }

        @Override
        public AllocationPage allocationsSince(long companyId, com.kraviabridge.core.domain.AllocationScope scope,
                                               long afterId, int limit) {
            return new AllocationPage(List.of(), afterId, true);
        }

        @Override
        public List<Allocation> allocationsOf(long companyId, Collection<Long> invoiceIds) {
            return List.of();
        }

        @Override
        public Set<Long> stillPresent(long companyId, Collection<Long> allocationIds) {
            return Set.of();
        }

        @Override
        public String changeMark(long companyId) {
            return "0";
        }

        @Override
        public com.kraviabridge.core.domain.InvoiceChanges invoicesChangedSince(long companyId, String mark,
                                                                               long afterInvoiceId, int limit) {
            return new com.kraviabridge.core.domain.InvoiceChanges(List.of(), afterInvoiceId, true, null);
        }

        @Override
        public void addNote(long companyId, long invoiceId, String text) {
            addNotes(companyId, List.of(new InvoiceNote(invoiceId, text)));
        }

        @Override
        public void addNotes(long companyId, List<InvoiceNote> notes) {
            onNotes.accept(notes);
            notes.forEach(n -> {
                noted.add(n.invoiceId());
                pagesNoted.add((int) ((n.invoiceId() - 1) / PAGE) + 1);
            });
        }

        @Override
        public void showCase(long companyId, long invoiceId, long kraviaInvoiceId, String status) {
        }

        List<Long> notedInvoices() {
            synchronized (noted) {
                return List.copyOf(noted);
            }
        }
    }

}
