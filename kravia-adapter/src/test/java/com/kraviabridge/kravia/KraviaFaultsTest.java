package com.kraviabridge.kravia;

import com.kraviabridge.core.domain.Address;
import com.kraviabridge.core.domain.CaseChanges;
import com.kraviabridge.core.domain.CaseSnapshot;
import com.kraviabridge.core.domain.Debtor;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.domain.NewCase;
import com.kraviabridge.core.domain.RegisteredCase;
import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.sim.kravia.InvoiceSnapshot;
import com.kraviabridge.sim.kravia.KraviaSimulator;
import com.kraviabridge.sim.kravia.RecordedRequest;
import com.kraviabridge.sim.kravia.SimulatorSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** How the adapter meets Kravia's failures, with the simulator injecting them. */
@Tag("slow")
class KraviaFaultsTest {

    private static final long CREDITOR = 501;
    private static final String TOKEN = "token-501";

    private KraviaSimulator simulator;
    private KraviaAdapter kravia;

    @BeforeEach
    void start() {
        simulator = KraviaSimulator.start(SimulatorSettings.defaults().withFixedStart(Instant.parse("2025-05-02T08:00:00Z")));
        simulator.addCreditor(CREDITOR, TOKEN);
        kravia = new KraviaAdapter(SimulatedKraviaContractTest.settings(simulator, TOKEN));
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void a429IsRetriedOnlyAfterRetryAfter() {
        simulator.faults().forPath("invoice/register").throttleNext(1, 1);

        long started = System.nanoTime();
        RegisteredCase registered = kravia.cases().register(Cases.overdueInvoice(CREDITOR, "R-429", "100"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(registered.kraviaInvoiceId()).isPositive();
        assertThat(registers()).extracting(RecordedRequest::fault).containsExactly("429", null);
        // the backoff alone would have retried after ~10 ms; Retry-After asked for a second
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void a503WithRetryAfterIsRetriedAfterIt() {
        simulator.faults().forPath("invoice/search").unavailableNext(1, 1);

        long started = System.nanoTime();
        kravia.feed().changesSince(CREDITOR, null, 10);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(simulator.requests("GET", "invoice/search")).hasSize(2);
    }

    @Test
    void serverErrorsOnAReadAreRetriedUntilOneSucceeds() {
        simulator.faults().forPath("invoice/search").failNext(2, 500);

        kravia.feed().changesSince(CREDITOR, null, 10);

        assertThat(simulator.requests("GET", "invoice/search")).extracting(RecordedRequest::fault)
                .containsExactly("500", "500", null);
    }

    @Test
    void aServerErrorOnARegistrationIsAnUnknownOutcomeAndIsNeverSentAgainBlind() {
        simulator.faults().forPath("invoice/register").failNext(1, 500);

        RemoteFailure failure = catchThrowableOfType(RemoteFailure.class,
                () -> kravia.cases().register(Cases.overdueInvoice(CREDITOR, "R-5XX", "100")));

        assertThat(registers()).extracting(RecordedRequest::fault).containsExactly("500");
        assertThat(failure.kind()).isEqualTo(RemoteFailure.Kind.OUTCOME_UNKNOWN);
        assertThat(failure.getMessage()).contains("HTTP 500").contains("looked up");
    }

    @Test
    void aServerErrorAfterKraviaCommittedAWriteLeavesExactlyOneEffectAndAnUnknownOutcome() {
        LocalDateTime attempt = simulator.clock().utcNow();
        simulator.faults().forPath("invoice/register").failAfterCommit(1, 500);
        RemoteFailure registering = catchThrowableOfType(RemoteFailure.class,
                () -> kravia.cases().register(Cases.overdueInvoice(CREDITOR, "R-500", "1000")));
        assertThat(casesWithReference("R-500")).hasSize(1);
        long caseId = kravia.cases().findByAccountingInvoiceId(CREDITOR, "R-500", attempt).orElseThrow().kraviaInvoiceId();

        simulator.faults().forPath("invoice/payment").failAfterCommit(1, 502);
        RemoteFailure paying = catchThrowableOfType(RemoteFailure.class,
                () -> kravia.cases().registerPayment(CREDITOR, Cases.payment("P-502", caseId, "100")));
        simulator.faults().forPath("invoice/creditnote").failAfterCommit(1, 503);
        RemoteFailure crediting = catchThrowableOfType(RemoteFailure.class,
                () -> kravia.cases().registerCredit(CREDITOR, Cases.credit("C-503", caseId, "50")));

        for (RemoteFailure failure : List.of(registering, paying, crediting)) {
            assertThat(failure.kind()).isEqualTo(RemoteFailure.Kind.OUTCOME_UNKNOWN);
            assertThat(failure.mayStillBeUnderWay()).as("answered, so it can be looked up at once").isFalse();
        }
        assertThat(registers()).hasSize(1);
        assertThat(simulator.requests("POST", "invoice/payment")).hasSize(1);
        assertThat(simulator.requests("POST", "invoice/creditnote")).hasSize(1);
        assertThat(kravia.feed().details(CREDITOR, caseId).holdsPayment("P-502")).isTrue();
        assertThat(kravia.feed().details(CREDITOR, caseId).holdsPayment("C-503")).isTrue();
        assertThat(simulator.invoice(caseId).remainingCapital()).isEqualByComparingTo("850");
    }

    @Test
    void onlyA408OrA429IsRetriedBlindOnAWrite() {
        simulator.faults().forPath("invoice/register").throttleNext(1, 0).failNext(1, 502);

        RemoteFailure failure = catchThrowableOfType(RemoteFailure.class,
                () -> kravia.cases().register(Cases.overdueInvoice(CREDITOR, "R-429", "100")));

        assertThat(registers()).extracting(RecordedRequest::fault).containsExactly("429", "502");
        assertThat(failure.kind()).isEqualTo(RemoteFailure.Kind.OUTCOME_UNKNOWN);
    }

    @Test
    void aBadRequestIsNotRetriedAndKraviasReasonsReachTheCaller() {
        Debtor noOrganisationNumber = new Debtor(99, "C-0099", "Nameless AS", true, null,
                new Address("Bryggen 3", "5003", "Bergen", "NO"), null, Set.of());
        NewCase invalid = new NewCase(CREDITOR, "R-400", "INV-400", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 15),
                Money.of("100", "NOK"), noOrganisationNumber, null);

        RemoteFailure failure = catchThrowableOfType(RemoteFailure.class, () -> kravia.cases().register(invalid));

        assertThat(failure.kind()).isEqualTo(RemoteFailure.Kind.PERMANENT);
        assertThat(failure.getMessage()).contains("HTTP 400").contains("One or more validation errors occurred.");
        assertThat(failure.fieldErrors()).containsKey("organizationNumber");
        assertThat(failure.fieldErrors().get("organizationNumber")).singleElement().asString().contains("business debtor");
        assertThat(failure.describe()).contains("organizationNumber: ");
        assertThat(registers()).hasSize(1);
    }

    @Test
    void aRegistrationWhoseAnswerNeverCameIsUnknownAndIsFoundWithoutADuplicate() {
        LocalDateTime attempt = simulator.clock().utcNow();
        simulator.faults().forPath("invoice/register").timeoutAfterCommit(1, Duration.ofSeconds(5));

        RemoteFailure failure = catchThrowableOfType(RemoteFailure.class,
                () -> kravia.cases().register(Cases.overdueInvoice(CREDITOR, "R-LOST", "2500")));

        assertThat(failure.kind()).isEqualTo(RemoteFailure.Kind.OUTCOME_UNKNOWN);
        assertThat(registers()).hasSize(1);
        Optional<RegisteredCase> found = kravia.cases().findByAccountingInvoiceId(CREDITOR, "R-LOST", attempt);
        assertThat(found).isPresent();
        assertThat(casesWithReference("R-LOST")).singleElement()
                .satisfies(c -> assertThat(c.id()).isEqualTo(found.get().kraviaInvoiceId()));
    }

    @Test
    void aConnectionDroppedAfterARegistrationIsAnUnknownOutcomeToo() {
        simulator.faults().forPath("invoice/register").dropAfterCommit(1);

        RemoteFailure failure = catchThrowableOfType(RemoteFailure.class,
                () -> kravia.cases().register(Cases.overdueInvoice(CREDITOR, "R-DROP", "100")));

        assertThat(failure.kind()).isEqualTo(RemoteFailure.Kind.OUTCOME_UNKNOWN);
        assertThat(failure.getMessage()).contains("the connection broke after the request was sent");
        assertThat(casesWithReference("R-DROP")).hasSize(1);
        assertThat(registers()).hasSize(1);
    }

    @Test
    void aPaymentWhoseAnswerNeverCameIsUnknownAndShowsInTheDetails() {
        long caseId = kravia.cases().register(Cases.overdueInvoice(CREDITOR, "R-PAY", "1000")).kraviaInvoiceId();
        simulator.faults().forPath("invoice/payment").timeoutAfterCommit(1, Duration.ofSeconds(5));

        RemoteFailure failure = catchThrowableOfType(RemoteFailure.class,
                () -> kravia.cases().registerPayment(CREDITOR, Cases.payment("P-LOST", caseId, "100")));

        assertThat(failure.kind()).isEqualTo(RemoteFailure.Kind.OUTCOME_UNKNOWN);
        assertThat(simulator.requests("POST", "invoice/payment")).hasSize(1);
        assertThat(kravia.feed().details(CREDITOR, caseId).holdsPayment("P-LOST")).isTrue();
    }

    @Test
    void aReadWhoseAnswerNeverCameIsAskedAgain() {
        long caseId = kravia.cases().register(Cases.overdueInvoice(CREDITOR, "R-READ", "100")).kraviaInvoiceId();
        simulator.faults().forPath("invoice/" + caseId + "/details").timeoutAfterCommit(1, Duration.ofSeconds(5));

        assertThat(kravia.feed().details(CREDITOR, caseId).snapshot().kraviaInvoiceId()).isEqualTo(caseId);
        assertThat(simulator.requests("GET", "invoice/" + caseId + "/details")).hasSize(2);
    }

    @Test
    void markingBookkeptIsRepeatedAfterALostAnswer() {
        long caseId = kravia.cases().register(Cases.overdueInvoice(CREDITOR, "R-BOOK", "100")).kraviaInvoiceId();
        simulator.debtorPaysInFull(caseId);
        String settlementId = Long.toString(simulator.settleNow(CREDITOR).get(0).id());
        simulator.faults().forPath("settlements/" + settlementId + "/bookkeep").dropAfterCommit(1);

        kravia.settlements().markBookkept(CREDITOR, settlementId, "ODOO-BNK1-0001");

        assertThat(kravia.settlements().openSettlements(CREDITOR)).isEmpty();
        assertThat(simulator.requests("PATCH", "settlements/")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void a401IsPermanentNamesTheCreditorAndIsNotRetried() {
        KraviaAdapter wrong = new KraviaAdapter(SimulatedKraviaContractTest.settings(simulator, "stolen-token"));

        RemoteFailure failure = catchThrowableOfType(RemoteFailure.class,
                () -> wrong.cases().register(Cases.overdueInvoice(CREDITOR, "R-401", "100")));

        assertThat(failure.kind()).isEqualTo(RemoteFailure.Kind.PERMANENT);
        assertThat(failure.isAccessRefused()).as("the token, not the invoice, is at fault").isTrue();
        assertThat(failure.getMessage()).contains("creditor " + CREDITOR).contains("HTTP 401")
                .doesNotContain("stolen-token");
        assertThat(registers()).hasSize(1);
        assertThat(registers().get(0).authorization()).isEqualTo("stolen-token");
    }

    @Test
    void aTokenOfAnotherCreditorIsRefusedWith403NamingOurs() {
        simulator.addCreditor(777, "token-777");
        KraviaAdapter other = new KraviaAdapter(SimulatedKraviaContractTest.settings(simulator, "token-777"));

        RemoteFailure failure = catchThrowableOfType(RemoteFailure.class,
                () -> other.cases().register(Cases.overdueInvoice(CREDITOR, "R-403", "100")));

        assertThat(failure.kind()).isEqualTo(RemoteFailure.Kind.PERMANENT);
        assertThat(failure.isAccessRefused()).isTrue();
        assertThat(failure.getMessage()).contains("creditor " + CREDITOR).contains("HTTP 403");
    }

    @Test
    void equalTimestampsAcrossPageEdgesSkipNothing() {
        KraviaAdapter smallPages = new KraviaAdapter(SimulatedKraviaContractTest.settings(simulator, TOKEN)
                .withSearchPageSize(3));
        LocalDateTime cursor = simulator.clock().utcNow();
        kravia.cases().register(Cases.overdueInvoice(CREDITOR, "R-EQ-0", "100"));
        simulator.setSameTimestampMode(true);
        List<Long> sameTime = LongStream.range(1, 8)
                .mapToObj(i -> kravia.cases().register(Cases.overdueInvoice(CREDITOR, "R-EQ-" + i, "100")).kraviaInvoiceId())
                .toList();
        simulator.setSameTimestampMode(false);
        long after = kravia.cases().register(Cases.overdueInvoice(CREDITOR, "R-EQ-8", "100")).kraviaInvoiceId();

        CaseChanges changes = smallPages.feed().changesSince(CREDITOR, cursor, 1000);

        assertThat(changes.complete()).isTrue();
        assertThat(changes.cases()).extracting(CaseSnapshot::kraviaInvoiceId).doesNotHaveDuplicates()
                .containsAll(sameTime).contains(after).hasSize(9);
        assertThat(changes.cases()).extracting(CaseSnapshot::lastUpdated).isSorted();
        assertThat(changes.nextCursor()).isEqualTo(simulator.invoice(after).lastUpdatedTime());
    }

    @Test
    void casesTouchedTogetherAcrossPageEdgesSkipNothing() {
        KraviaAdapter smallPages = new KraviaAdapter(SimulatedKraviaContractTest.settings(simulator, TOKEN)
                .withSearchPageSize(2));
        long[] ids = LongStream.range(0, 6)
                .map(i -> kravia.cases().register(Cases.overdueInvoice(CREDITOR, "R-T-" + i, "100")).kraviaInvoiceId())
                .toArray();
        // the simulator's clock stands still, so its stamps run ahead of it one tick per change
        LocalDateTime cursor = simulator.invoice(ids[5]).lastUpdatedTime().plusNanos(100);
        simulator.touch(ids[1], ids[3], ids[4], ids[5]);

        CaseChanges changes = smallPages.feed().changesSince(CREDITOR, cursor, 1000);

        assertThat(changes.cases()).extracting(CaseSnapshot::kraviaInvoiceId)
                .containsExactlyInAnyOrder(ids[1], ids[3], ids[4], ids[5]);
    }

    private List<RecordedRequest> registers() {
        return simulator.requests("POST", "invoice/register");
    }

    private List<InvoiceSnapshot> casesWithReference(String reference) {
        return simulator.invoices(CREDITOR).stream().filter(c -> reference.equals(c.accountingInvoiceId())).toList();
    }
}
