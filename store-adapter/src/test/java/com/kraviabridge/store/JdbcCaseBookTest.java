package com.kraviabridge.store;

import com.kraviabridge.core.domain.CaseStatus;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.policy.RecordableLengths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(StoreExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("slow")
class JdbcCaseBookTest {

    private JdbcCaseBook book;
    private StatementCounter counter;

    @BeforeAll
    void open(Database database) {
        book = new JdbcCaseBook(database.dataSource());
        counter = database.statementCounter();
    }

    private static CollectionCase aCase(long company, long invoice, CaseStatus status) {
        return new CollectionCase(company, invoice, "INV/" + company + "/" + invoice, 500 + company, 90_000 + invoice,
                "D-" + invoice, 4000 + invoice, status, null, Money.of("1250.50", "NOK"),
                LocalDateTime.parse("2026-02-03T10:11:12.345678"), Instant.parse("2026-02-01T07:00:00.000001Z"));
    }

    @Test
    void countsTheOpenCasesOfEveryCompanyThatHasAny() {
        book.saveAll(List.of(aCase(71, 1, CaseStatus.REGISTERED), aCase(71, 2, new CaseStatus("DebtCollection")),
                aCase(71, 3, CaseStatus.CLOSED), aCase(72, 1, CaseStatus.REGISTERED), aCase(73, 1, CaseStatus.CLOSED)));

        Map<Long, Long> open = book.openCasesByCompany();

        assertThat(open).containsEntry(71L, 2L).containsEntry(72L, 1L).doesNotContainKey(73L);
    }

    @Test
    void aSavedCaseComesBackUnchanged() {
        CollectionCase saved = new CollectionCase(1, 4711, "INV/2026/0042", 501, 880_001, "CUST-17", 33,
                new CaseStatus("DebtCollection"), "Paid in full; ÆØÅ æøå 😀", Money.of("999999999999.99", "SEK"),
                LocalDateTime.parse("2026-01-31T23:59:59.999999"), Instant.parse("2026-01-15T12:00:00.5Z"));
        book.save(saved);

        assertThat(book.byInvoice(1, 4711)).contains(saved);
        assertThat(book.byInvoice(1, 4712)).isEmpty();
        assertThat(book.byInvoice(2, 4711)).isEmpty();
    }

    @Test
    void theLongestInvoiceNumberAndCustomerNumberTheBridgeForwardsFit() {
        String emoji = "\uD83D\uDE00"; // four bytes in utf8mb4, two chars in Java: the worst case either way
        CollectionCase longest = new CollectionCase(1, 4800, emoji.repeat(RecordableLengths.INVOICE_NUMBER), 501,
                880_003, "Ø".repeat(RecordableLengths.CUSTOMER_NUMBER - 1) + emoji, 35, CaseStatus.REGISTERED, null,
                Money.of("1.00", "NOK"), null, Instant.parse("2026-01-15T12:00:00Z"));

        book.save(longest);
        book.saveAll(List.of(new CollectionCase(1, 4801, longest.invoiceNumber(), 501, 880_004, longest.debtorNumber(),
                35, CaseStatus.REGISTERED, null, Money.of("1.00", "NOK"), null, null)));

        assertThat(book.byInvoice(1, 4800)).contains(longest);
        assertThat(book.byInvoice(1, 4801)).isPresent();
    }

    @Test
    void optionalPartsMayBeMissing() {
        CollectionCase sparse = new CollectionCase(1, 5000, null, 501, 880_002, null, 34, CaseStatus.REGISTERED, null,
                null, null, null);
        book.save(sparse);

        assertThat(book.byInvoice(1, 5000)).contains(sparse);
    }

    @Test
    void savingAgainReplacesTheCase() {
        CollectionCase first = aCase(2, 10, CaseStatus.REGISTERED);
        book.save(first);
        CollectionCase closed = first.withStatus(CaseStatus.CLOSED, "PaidToCreditor", Money.zero("NOK"),
                LocalDateTime.parse("2026-03-01T00:00:00"));
        book.save(closed);

        assertThat(book.byInvoice(2, 10)).contains(closed);
        assertThat(book.count(2, false)).isEqualTo(1);
    }

    @Test
    void findsCasesByKraviaIdAndByInvoiceNumber() {
        CollectionCase c = aCase(3, 20, CaseStatus.REGISTERED);
        book.save(c);

        assertThat(book.byKraviaId(503, 90_020)).contains(c);
        assertThat(book.byKraviaId(504, 90_020)).isEmpty();
        assertThat(book.byInvoiceNumber("INV/3/20")).containsExactly(c);
        assertThat(book.byInvoiceNumber("INV/3/21")).isEmpty();
    }

    @Test
    void looksUpManyInvoicesAcrossSeveralInLists() {
        long company = 4;
        int stored = Jdbc.CHUNK + 25;
        for (long invoice = 1; invoice <= stored; invoice++) {
            book.save(aCase(company, invoice, CaseStatus.REGISTERED));
        }
        book.save(aCase(5, 3, CaseStatus.REGISTERED)); // another company's invoice 3 must not show up
        List<Long> asked = LongStream.rangeClosed(1, 2L * Jdbc.CHUNK + 10).boxed().toList();

        Map<Long, CollectionCase> found = book.byInvoices(company, asked);

        assertThat(found).hasSize(stored);
        assertThat(found.keySet()).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, stored).boxed().toList());
        assertThat(found.get(3L)).isEqualTo(aCase(company, 3, CaseStatus.REGISTERED));
        assertThat(book.byInvoices(company, List.of())).isEmpty();
        assertThat(book.byInvoices(company, List.of(3L, 3L))).containsOnlyKeys(3L);
    }

    @Test
    void pagesThroughACompanysCasesOpenOrAll() {
        long company = 6;
        book.save(aCase(company, 100, CaseStatus.REGISTERED));
        book.save(aCase(company, 101, CaseStatus.CLOSED));
        book.save(aCase(company, 102, new CaseStatus("closed"))); // Kravia's casing is not relied on
        book.save(aCase(company, 103, new CaseStatus("Reminder")));
        book.save(aCase(company, 104, CaseStatus.REGISTERED));
        book.save(aCase(7, 100, CaseStatus.REGISTERED));

        assertThat(book.page(company, false, 0, 10)).extracting(CollectionCase::invoiceId)
                .containsExactly(100L, 101L, 102L, 103L, 104L);
        assertThat(book.page(company, true, 0, 10)).extracting(CollectionCase::invoiceId)
                .containsExactly(100L, 103L, 104L);
        assertThat(book.page(company, true, 100, 1)).extracting(CollectionCase::invoiceId).containsExactly(103L);
        assertThat(book.page(company, false, 104, 10)).isEmpty();
        assertThat(book.count(company, false)).isEqualTo(5);
        assertThat(book.count(company, true)).isEqualTo(3);
        assertThat(book.count(8, false)).isZero();
    }

    @Test
    void aPageOfCasesIsSavedInOneStatement() {
        long company = 8;
        book.save(aCase(company, 1, CaseStatus.REGISTERED));
        List<CollectionCase> page = LongStream.rangeClosed(1, 40)
                .mapToObj(invoice -> aCase(company, invoice, invoice == 1 ? CaseStatus.CLOSED : CaseStatus.REGISTERED))
                .toList();
        long statements = counter.statements();
        long rows = counter.batchedRows();

        book.saveAll(page);

        assertThat(counter.statements() - statements).as("one multi-row upsert").isEqualTo(1);
        assertThat(counter.batchedRows() - rows).as("no row-by-row batch").isZero();
        assertThat(book.page(company, false, 0, 100)).containsExactlyElementsOf(page);
        assertThat(book.count(company, true)).isEqualTo(39);
        long beforeNothing = counter.statements();
        book.saveAll(List.of());
        assertThat(counter.statements()).isEqualTo(beforeNothing);
    }

    @Test
    void aPageWithACaseThatDoesNotFitSavesNone() {
        long company = 9;
        CollectionCase tooLong = new CollectionCase(company, 2, "N".repeat(101), 501, 1, "D", 1, CaseStatus.REGISTERED,
                null, null, null, null);

        assertThatThrownBy(() -> book.saveAll(List.of(aCase(company, 1, CaseStatus.REGISTERED), tooLong)))
                .isInstanceOf(StoreException.class).hasMessageContaining("invoice_number");
        assertThat(book.count(company, false)).isZero();
    }

    @Test
    void capitalIsLoweredOnWhatIsStoredNeverBelowZeroAndOnlyInItsCurrency() {
        long company = 20;
        for (long invoice = 1; invoice <= 4; invoice++) {
            book.save(aCase(company, invoice, CaseStatus.REGISTERED)); // 1250.50 NOK each
        }
        // the status flow stored a new status between the payment's read of the case and its lowering
        CollectionCase paused = aCase(company, 1, new CaseStatus("PAUSED"));
        book.recordStatus(List.of(paused), Instant.parse("2026-02-04T00:00:00Z"));
        long statements = counter.statements();

        book.lowerCapital(company, Map.of(1L, Money.of("250.50", "NOK"), 2L, Money.of("2000.00", "NOK"),
                3L, Money.of("100.00", "EUR")), Instant.parse("2026-02-05T00:00:00Z"));

        assertThat(counter.statements() - statements).as("one statement for the page").isEqualTo(1);
        CollectionCase first = book.byInvoice(company, 1).orElseThrow();
        assertThat(first.remainingCapital()).isEqualTo(Money.of("1000.00", "NOK"));
        assertThat(first.status()).as("the status stored in between is kept").isEqualTo(new CaseStatus("PAUSED"));
        assertThat(book.byInvoice(company, 2).orElseThrow().remainingCapital()).isEqualTo(Money.of("0.00", "NOK"));
        assertThat(book.byInvoice(company, 3).orElseThrow().remainingCapital()).as("another currency")
                .isEqualTo(Money.of("1250.50", "NOK"));
        assertThat(book.byInvoice(company, 4).orElseThrow().remainingCapital()).isEqualTo(Money.of("1250.50", "NOK"));
        assertThat(book.byInvoice(21, 1)).isEmpty();
        book.lowerCapital(company, Map.of(), Instant.parse("2026-02-05T00:00:00Z"));
    }

    @Test
    void aStatusReadBeforeTheBridgeLoweredTheCapitalLeavesTheCapitalAlone() {
        long company = 22;
        CollectionCase stored = aCase(company, 1, CaseStatus.REGISTERED);
        book.saveAll(List.of(stored, aCase(company, 2, CaseStatus.REGISTERED), aCase(company, 3, CaseStatus.REGISTERED)));
        Instant lowered = Instant.parse("2026-02-05T12:00:00.000001Z");
        book.lowerCapital(company, Map.of(1L, Money.of("250.50", "NOK"), 2L, Money.of("250.50", "NOK")), lowered);
        LocalDateTime kraviaTime = LocalDateTime.parse("2026-02-05T11:59:00");
        Money feedCapital = Money.of("1250.50", "NOK");

        book.recordStatus(List.of(
                // read before the payment went out: Kravia did not have it yet
                stored.withStatus(new CaseStatus("PAUSED"), null, feedCapital, kraviaTime),
                // read at the very moment: may not show it either
                new CollectionCase(company, 2, "changed?", 1, 2, "x", 3, new CaseStatus("REMINDER"), null, feedCapital,
                        kraviaTime, Instant.EPOCH)),
                lowered);
        book.recordStatus(List.of(aCase(company, 3, CaseStatus.CLOSED).withStatus(CaseStatus.CLOSED, "PAID",
                Money.of("0.00", "NOK"), kraviaTime)), lowered);

        CollectionCase first = book.byInvoice(company, 1).orElseThrow();
        assertThat(first.status()).isEqualTo(new CaseStatus("PAUSED"));
        assertThat(first.kraviaUpdatedAt()).isEqualTo(kraviaTime);
        assertThat(first.remainingCapital()).as("the lowered capital stays").isEqualTo(Money.of("1000.00", "NOK"));
        CollectionCase second = book.byInvoice(company, 2).orElseThrow();
        assertThat(second.remainingCapital()).isEqualTo(Money.of("1000.00", "NOK"));
        assertThat(second.invoiceNumber()).as("only what the feed knows is written").isEqualTo(stored.invoiceNumber()
                .replace("/1", "/2"));
        assertThat(second.kraviaInvoiceId()).isEqualTo(90_002);
        assertThat(second.forwardedAt()).isEqualTo(stored.forwardedAt());
        assertThat(book.byInvoice(company, 3).orElseThrow().isOpen()).isFalse();
        assertThat(book.byInvoice(company, 3).orElseThrow().remainingCapital()).as("never lowered by the bridge")
                .isEqualTo(Money.of("0.00", "NOK"));

        book.recordStatus(List.of(stored.withStatus(new CaseStatus("PAUSED"), null, Money.of("900.00", "NOK"),
                kraviaTime.plusHours(1))), lowered.plusMillis(1));
        assertThat(book.byInvoice(company, 1).orElseThrow().remainingCapital())
                .as("read after the lowering: Kravia's figure counts").isEqualTo(Money.of("900.00", "NOK"));
    }
}
