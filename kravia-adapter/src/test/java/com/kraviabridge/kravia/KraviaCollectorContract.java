package com.kraviabridge.kravia;

import com.kraviabridge.core.domain.Address;
import com.kraviabridge.core.domain.CaseChanges;
import com.kraviabridge.core.domain.CaseDetails;
import com.kraviabridge.core.domain.CaseSnapshot;
import com.kraviabridge.core.domain.Debtor;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.domain.NewCase;
import com.kraviabridge.core.domain.RegisteredCase;
import com.kraviabridge.core.domain.Settlement;
import com.kraviabridge.core.port.collector.CaseFeed;
import com.kraviabridge.core.port.collector.CaseRegistry;
import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.port.collector.SettlementSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/**
 * The contract of the collector ports ({@link CaseRegistry}, {@link CaseFeed}, {@link SettlementSource}) as the
 * bridge relies on it, run against any Kravia: the simulator in every build, a live server when configured.
 * Each test makes its own cases under fresh references, so the tests do not depend on each other or on what
 * the server held before.
 */
public abstract class KraviaCollectorContract {

    /** The adapter under test, pointed at the server. */
    protected abstract KraviaAdapter kravia();

    /** The same server with another token, to see how refused credentials are reported. */
    protected abstract KraviaAdapter kraviaWithToken(String token);

    protected abstract long creditorId();

    /** The server's present time as the zone-less UTC time the ports use. */
    protected abstract LocalDateTime kraviaNow();

    /**
     * Makes the debtor of the case pay everything owed to Kravia and Kravia pay out to the creditor, so that an
     * open settlement holds a capital line for the case. A server that cannot be driven so aborts the test.
     */
    protected abstract void collectInFullAndSettle(long kraviaInvoiceId);

    /** How long a change may take to show in what the server reports. */
    protected Duration visibleWithin() {
        return Duration.ofSeconds(10);
    }

    // ---- register and find again ----

    @Test
    void aRegisteredCaseHasAKraviaIdAndIsFoundByOurReference() {
        LocalDateTime before = kraviaNow();
        String reference = reference("find");

        RegisteredCase registered = registry().register(Cases.overdueInvoice(creditorId(), reference, "1250.00"));

        assertThat(registered.kraviaInvoiceId()).isPositive();
        assertThat(registered.accountingInvoiceId()).isEqualTo(reference);
        assertThat(registered.status()).isNotNull();
        await().atMost(visibleWithin()).untilAsserted(() -> {
            Optional<RegisteredCase> found = registry().findByAccountingInvoiceId(creditorId(), reference, before);
            assertThat(found).hasValueSatisfying(f -> {
                assertThat(f.kraviaInvoiceId()).isEqualTo(registered.kraviaInvoiceId());
                assertThat(f.accountingInvoiceId()).isEqualTo(reference);
            });
        });
    }

    @Test
    void aReferenceNeverRegisteredIsNotFound() {
        assertThat(registry().findByAccountingInvoiceId(creditorId(), reference("never"), kraviaNow())).isEmpty();
    }

    // ---- payments and credits ----

    @Test
    void aDirectPaymentAndACreditLowerTheCapitalAndAreHeldUnderOurReferences() {
        String reference = reference("pay");
        long caseId = registry().register(Cases.overdueInvoice(creditorId(), reference, "1000.00")).kraviaInvoiceId();
        String paymentReference = reference + "-P1";
        String creditReference = reference + "-C1";

        registry().registerPayment(creditorId(), Cases.payment(paymentReference, caseId, "300.00"));
        registry().registerCredit(creditorId(), Cases.credit(creditReference, caseId, "200.00"));

        await().atMost(visibleWithin()).untilAsserted(() -> {
            CaseDetails details = feed().details(creditorId(), caseId);
            assertThat(details.snapshot().remainingCapital()).isEqualTo(Money.of("500.00", "NOK"));
            assertThat(details.holdsPayment(paymentReference)).isTrue();
            assertThat(details.holdsPayment(creditReference)).isTrue();
        });
    }

    @Test
    void aFullCreditLeavesNoCapital() {
        long caseId = registry().register(Cases.overdueInvoice(creditorId(), reference("credit"), "400.00"))
                .kraviaInvoiceId();

        registry().registerCredit(creditorId(), Cases.credit(reference("credit-note"), caseId, "400.00"));

        // Kravia may close the case (and write off fees and interest) or leave it open: both are fine
        // (docs/kravia-contract.md §9)
        await().atMost(visibleWithin()).untilAsserted(() ->
                assertThat(feed().details(creditorId(), caseId).snapshot().remainingCapital()).isEqualTo(Money.zero("NOK")));
    }

    // ---- change feed and details ----

    @Test
    void theChangeFeedListsNewCasesOldestFirstWithoutDuplicates() {
        LocalDateTime cursor = kraviaNow().minusSeconds(1);
        String first = reference("feed-a");
        String second = reference("feed-b");
        long firstId = registry().register(Cases.overdueInvoice(creditorId(), first, "100.00")).kraviaInvoiceId();
        long secondId = registry().register(Cases.overdueInvoice(creditorId(), second, "200.00")).kraviaInvoiceId();

        await().atMost(visibleWithin()).untilAsserted(() -> {
            List<CaseSnapshot> all = drain(cursor);
            assertThat(all).extracting(CaseSnapshot::kraviaInvoiceId).doesNotHaveDuplicates().contains(firstId, secondId);
            assertThat(all).extracting(CaseSnapshot::lastUpdated).isSorted();
            assertThat(all).allSatisfy(c -> assertThat(c.creditorId()).isEqualTo(creditorId()));
            CaseSnapshot mine = all.stream().filter(c -> c.kraviaInvoiceId() == firstId).findFirst().orElseThrow();
            assertThat(mine.accountingInvoiceId()).isEqualTo(first);
            assertThat(mine.lastUpdated()).isNotNull();
        });
    }

    @Test
    void theNextCursorIsTheNewestChangeSeen() {
        LocalDateTime cursor = kraviaNow().minusSeconds(1);
        registry().register(Cases.overdueInvoice(creditorId(), reference("cursor"), "100.00"));

        await().atMost(visibleWithin()).untilAsserted(() -> {
            CaseChanges changes = feed().changesSince(creditorId(), cursor, 1000);
            assertThat(changes.cases()).isNotEmpty();
            assertThat(changes.nextCursor()).isEqualTo(changes.cases().get(changes.cases().size() - 1).lastUpdated());
        });
    }

    @Test
    void detailsDescribeTheCase() {
        String reference = reference("details");
        NewCase newCase = Cases.overdueInvoice(creditorId(), reference, "777.50");
        long caseId = registry().register(newCase).kraviaInvoiceId();

        CaseDetails details = feed().details(creditorId(), caseId);

        assertThat(details.snapshot().kraviaInvoiceId()).isEqualTo(caseId);
        assertThat(details.snapshot().creditorId()).isEqualTo(creditorId());
        assertThat(details.snapshot().accountingInvoiceId()).isEqualTo(reference);
        assertThat(details.snapshot().invoiceNumber()).isEqualTo(newCase.invoiceNumber());
        assertThat(details.snapshot().remainingCapital()).isEqualTo(Money.of("777.50", "NOK"));
        assertThat(details.originalAmount()).isEqualTo(Money.of("777.50", "NOK"));
        assertThat(details.snapshot().status().value()).isNotBlank();
        assertThat(details.lastUpdated()).isNotNull();
    }

    // ---- settlements ----

    @Test
    void aPayoutIsAnOpenSettlementUntilMarkedBookkept() {
        String reference = reference("settle");
        long caseId = registry().register(Cases.overdueInvoice(creditorId(), reference, "900.00")).kraviaInvoiceId();

        collectInFullAndSettle(caseId);

        Settlement settlement = await().atMost(visibleWithin()).until(() -> settlementFor(caseId), Optional::isPresent)
                .orElseThrow();
        assertThat(settlement.creditorId()).isEqualTo(creditorId());
        assertThat(settlement.sumOfLines()).isEqualTo(settlement.amount());
        assertThat(settlement.lines()).anySatisfy(line -> {
            assertThat(line.isCapital()).isTrue();
            assertThat(line.kraviaInvoiceId()).isEqualTo(caseId);
            assertThat(line.accountingInvoiceId()).isEqualTo(reference);
            assertThat(line.amount()).isEqualTo(Money.of("900.00", "NOK"));
        });

        settlements().markBookkept(creditorId(), settlement.id(), "ODOO-BNK1-" + reference);
        settlements().markBookkept(creditorId(), settlement.id(), "ODOO-BNK1-" + reference); // harmless again

        await().atMost(visibleWithin()).untilAsserted(() -> assertThat(settlementFor(caseId)).isEmpty());
    }

    @Test
    void openSettlementsBelongToTheCreditor() {
        long caseId = registry().register(Cases.overdueInvoice(creditorId(), reference("own"), "300.00"))
                .kraviaInvoiceId();
        collectInFullAndSettle(caseId);
        await().atMost(visibleWithin()).until(() -> settlementFor(caseId), Optional::isPresent);

        // not empty, or every member of nothing would belong to anyone
        assertThat(settlements().openSettlements(creditorId())).isNotEmpty()
                .allSatisfy(s -> assertThat(s.creditorId()).isEqualTo(creditorId()));
    }

    // ---- error mapping ----

    @Test
    void aBusinessDebtorWithoutOrganisationNumberIsRefusedForGoodWithKraviasReasons() {
        Debtor noOrganisationNumber = new Debtor(99, "C-0099", "Nameless AS", true, null,
                new Address("Bryggen 3", "5003", "Bergen", "NO"), null, Set.of());
        NewCase invalid = new NewCase(creditorId(), reference("invalid"), "INV-X", LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 15), Money.of("100", "NOK"), noOrganisationNumber, null);

        RemoteFailure failure = catchThrowableOfType(RemoteFailure.class, () -> registry().register(invalid));

        assertThat(failure).isNotNull();
        assertThat(failure.kind()).isEqualTo(RemoteFailure.Kind.PERMANENT);
        assertThat(failure.side()).isEqualTo(RemoteFailure.Side.COLLECTOR);
        assertThat(failure.describe()).containsIgnoringCase("organization");
    }

    @Test
    void anUnknownCaseIsRefusedForGood() {
        RemoteFailure failure = catchThrowableOfType(RemoteFailure.class,
                () -> feed().details(creditorId(), 987_654_321_098L));

        assertThat(failure).isNotNull();
        assertThat(failure.kind()).isEqualTo(RemoteFailure.Kind.PERMANENT);
    }

    @Test
    void aWrongTokenIsRefusedForGoodNamingTheCreditorButNotTheToken() {
        String wrongToken = "wrong-" + UUID.randomUUID();

        RemoteFailure failure = catchThrowableOfType(RemoteFailure.class,
                () -> kraviaWithToken(wrongToken).feed().changesSince(creditorId(), kraviaNow(), 10));

        assertThat(failure).isNotNull();
        assertThat(failure.kind()).isEqualTo(RemoteFailure.Kind.PERMANENT);
        assertThat(failure.getMessage()).contains(Long.toString(creditorId())).doesNotContain(wrongToken);
    }

    @Test
    void theAdministratorsAccessCheckPassesWithTheRightTokenOnly() {
        assertThatCode(() -> kravia().checkAccess(creditorId())).doesNotThrowAnyException();

        RemoteFailure refused = catchThrowableOfType(RemoteFailure.class,
                () -> kraviaWithToken("wrong-" + UUID.randomUUID()).checkAccess(creditorId()));
        assertThat(refused).as("the check tells a wrong token from the right one").isNotNull();
        assertThat(refused.isAccessRefused()).isTrue();
    }

    // ---- helpers ----

    protected CaseRegistry registry() {
        return kravia().cases();
    }

    protected CaseFeed feed() {
        return kravia().feed();
    }

    protected SettlementSource settlements() {
        return kravia().settlements();
    }

    /** A reference no earlier run can have used. */
    protected static String reference(String purpose) {
        return "KB-CT-" + purpose + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private List<CaseSnapshot> drain(LocalDateTime cursor) {
        List<CaseSnapshot> all = new ArrayList<>();
        CaseChanges changes;
        LocalDateTime next = cursor;
        int polls = 0;
        do {
            changes = feed().changesSince(creditorId(), next, 50);
            for (CaseSnapshot snapshot : changes.cases()) {
                all.removeIf(seen -> seen.kraviaInvoiceId() == snapshot.kraviaInvoiceId());
                all.add(snapshot);
            }
            next = changes.nextCursor();
        } while (!changes.complete() && ++polls < 100);
        return all;
    }

    private Optional<Settlement> settlementFor(long caseId) {
        return settlements().openSettlements(creditorId()).stream()
                .filter(s -> s.lines().stream().anyMatch(l -> Long.valueOf(caseId).equals(l.kraviaInvoiceId())))
                .findFirst();
    }
}
