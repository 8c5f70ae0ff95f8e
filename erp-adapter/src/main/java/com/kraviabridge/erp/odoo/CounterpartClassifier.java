package com.kraviabridge.erp.odoo;

import com.kraviabridge.core.domain.JournalEntry;
import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.AllocationKind;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.domain.StatementLine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Turns partial reconciliations ({@code account.partial.reconcile}) into allocations: finds the invoice side,
 * and classifies the document on the other side (docs/odoo-notes.md §5.1). Works on a whole page at once: one
 * read of the lines, one of their moves, one of the payments, one of the bank statement lines, one
 * exchange-difference lookup and the journals not known yet, whatever the number of partials.
 */
final class CounterpartClassifier {

    /** The marker the bridge puts in the {@code ref} of its own settlement entries. */
    static final String BRIDGE_REF_PREFIX = JournalEntry.SETTLEMENT_REF_PREFIX;

    /**
     * What a bank statement line says of the money's origin, as a bank file import fills it: the payer's name, their
     * account number, and the line's text (the payer's message or KID). The same fields in Odoo 17, 18 and 19.
     */
    static final List<String> STATEMENT_LINE_FIELDS = List.of("partner_name", "account_number", "payment_ref");

    static final List<String> PARTIAL_FIELDS = List.of("debit_move_id", "credit_move_id", "debit_amount_currency",
            "credit_amount_currency", "debit_currency_id", "credit_currency_id", "max_date");

    private final OdooClient odoo;
    private final ReferenceData reference;

    CounterpartClassifier(OdooClient odoo, ReferenceData reference) {
        this.odoo = odoo;
        this.reference = reference;
    }

    /**
     * @param isInvoice which moves count as the invoice side (an out_invoice of the company, or one of the
     *                  invoices asked about)
     */
    List<Allocation> classify(long companyId, List<OdooRecord> partials, Predicate<Move> isInvoice) {
        if (partials.isEmpty()) {
            return List.of();
        }
        OdooDialect dialect = odoo.dialect();
        Set<Long> lineIds = new LinkedHashSet<>();
        partials.forEach(p -> {
            lineIds.add(p.refId("debit_move_id"));
            lineIds.add(p.refId("credit_move_id"));
        });
        Map<Long, Long> moveOfLine = new HashMap<>();
        for (OdooRecord line : odoo.readByIds(companyId, "account.move.line", lineIds, List.of("move_id"))) {
            moveOfLine.put(line.id(), line.refId("move_id"));
        }
        Map<Long, Move> moves = readMoves(companyId, new HashSet<>(moveOfLine.values()), dialect);
        Map<Long, Payment> payments = readPayments(companyId, moves.values(), dialect);
        Map<Long, StatementLine> statementLines = readStatementLines(companyId, moves.values());
        Set<Long> exchangeMoves = exchangeMoves(companyId, moves.values());
        Set<Long> journalIds = new HashSet<>();
        moves.values().forEach(m -> journalIds.add(m.journalId()));
        payments.values().forEach(p -> journalIds.add(p.journalId()));
        Map<Long, String> journals = reference.journalCodes(companyId, journalIds);
        Map<Long, String> currencyNames = new HashMap<>();
        partials.forEach(p -> {
            currencyNames.put(p.refId("debit_currency_id"), p.refName("debit_currency_id"));
            currencyNames.put(p.refId("credit_currency_id"), p.refName("credit_currency_id"));
        });
        moves.values().forEach(m -> currencyNames.put(m.currencyId(), m.currencyName()));
        currencyNames.remove(0L);
        Map<Long, String> currencies = reference.currencyCodes(companyId, currencyNames);

        List<Allocation> allocations = new ArrayList<>();
        for (OdooRecord partial : partials) {
            Move debit = moves.get(moveOfLine.get(partial.refId("debit_move_id")));
            Move credit = moves.get(moveOfLine.get(partial.refId("credit_move_id")));
            if (debit == null || credit == null) {
                continue;
            }
            Side side;
            if (isInvoice.test(debit)) {
                side = new Side(debit, credit, partial.decimal("debit_amount_currency"), partial.refId("debit_currency_id"));
            } else if (isInvoice.test(credit)) {
                side = new Side(credit, debit, partial.decimal("credit_amount_currency"), partial.refId("credit_currency_id"));
            } else {
                continue;
            }
            String currency = currencies.getOrDefault(side.currencyId(), currencies.get(side.invoice().currencyId()));
            allocations.add(allocationOf(companyId, partial, side, currency, payments, exchangeMoves, journals)
                    .withStatementLine(statementLines.get(side.counterpart().statementLineId())));
        }
        return allocations;
    }

    private Allocation allocationOf(long companyId, OdooRecord partial, Side side, String currency,
                                    Map<Long, Payment> payments, Set<Long> exchangeMoves, Map<Long, String> journals) {
        Move counterpart = side.counterpart();
        Payment payment = payments.get(counterpart.paymentId());
        AllocationKind kind = kindOf(counterpart, payment, exchangeMoves);
        long journalId = payment != null ? payment.journalId() : counterpart.journalId();
        long partnerId = payment != null && payment.partnerId() != 0 ? payment.partnerId() : counterpart.partnerId();
        String reference = payment != null && payment.memo() != null ? payment.memo() : counterpart.ref();
        return new Allocation(partial.id(), companyId, side.invoice().id(), kind, Money.of(side.amount().abs(), currency),
                payment != null && payment.date() != null ? payment.date() : counterpart.date(),
                counterpart.id(), counterpart.name(), payment != null ? payment.id() : null,
                journals.get(journalId), partnerId, reference,
                kind == AllocationKind.CREDIT_NOTE ? counterpart.reversedEntryId() : 0);
    }

    static AllocationKind kindOf(Move counterpart, Payment payment, Set<Long> exchangeMoves) {
        if ("out_refund".equals(counterpart.moveType())) {
            return AllocationKind.CREDIT_NOTE;
        }
        if (payment != null || counterpart.paymentId() != 0) {
            return AllocationKind.CUSTOMER_PAYMENT;
        }
        if (counterpart.statementLineId() != 0) {
            return AllocationKind.BANK_STATEMENT;
        }
        if (exchangeMoves.contains(counterpart.id())) {
            return AllocationKind.EXCHANGE_DIFFERENCE;
        }
        if (counterpart.ref() != null && counterpart.ref().startsWith(BRIDGE_REF_PREFIX)) {
            return AllocationKind.BRIDGE_ENTRY;
        }
        return AllocationKind.OTHER_ENTRY;
    }

    private Map<Long, Move> readMoves(long companyId, Set<Long> ids, OdooDialect dialect) {
        String paymentField = dialect.movePaymentField();
        List<String> fields = List.of("name", "move_type", "ref", "date", "journal_id", "partner_id", "company_id",
                "currency_id", "reversed_entry_id", "statement_line_id", paymentField);
        Map<Long, Move> moves = new HashMap<>();
        for (OdooRecord m : odoo.readByIds(companyId, "account.move", ids, fields)) {
            moves.put(m.id(), new Move(m.id(), m.text("name"), m.text("move_type"), m.text("ref"), m.date("date"),
                    m.refId("journal_id"), m.refId("partner_id"), m.refId("company_id"), m.refId("currency_id"),
                    m.refName("currency_id"), m.refId("reversed_entry_id"), m.refId("statement_line_id"),
                    m.refId(paymentField)));
        }
        return moves;
    }

    private Map<Long, Payment> readPayments(long companyId, Iterable<Move> moves, OdooDialect dialect) {
        Set<Long> ids = new HashSet<>();
        moves.forEach(m -> {
            if (m.paymentId() != 0) {
                ids.add(m.paymentId());
            }
        });
        if (ids.isEmpty()) {
            return Map.of();
        }
        String memoField = dialect.paymentMemoField();
        Map<Long, Payment> payments = new HashMap<>();
        for (OdooRecord p : odoo.readByIds(companyId, "account.payment", ids,
                List.of("journal_id", "partner_id", "date", "amount", memoField))) {
            payments.put(p.id(), new Payment(p.id(), p.refId("journal_id"), p.refId("partner_id"), p.date("date"),
                    p.decimal("amount"), p.text(memoField)));
        }
        return payments;
    }

    /** The bank statement lines the moves belong to, by id, in one read. */
    private Map<Long, StatementLine> readStatementLines(long companyId, Iterable<Move> moves) {
        Set<Long> ids = new HashSet<>();
        moves.forEach(m -> {
            if (m.statementLineId() != 0) {
                ids.add(m.statementLineId());
            }
        });
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, StatementLine> lines = new HashMap<>();
        for (OdooRecord line : odoo.readByIds(companyId, "account.bank.statement.line", ids, STATEMENT_LINE_FIELDS)) {
            lines.put(line.id(), new StatementLine(line.text("partner_name"), line.text("account_number"),
                    line.text("payment_ref")));
        }
        return lines;
    }

    /**
     * Exchange-difference entries are plain entries; what marks them is that a partial reconciliation points
     * to them as its {@code exchange_move_id}. Asked only for entries that are not otherwise explained.
     */
    private Set<Long> exchangeMoves(long companyId, Iterable<Move> moves) {
        List<Long> candidates = new ArrayList<>();
        moves.forEach(m -> {
            if ("entry".equals(m.moveType()) && m.paymentId() == 0 && m.statementLineId() == 0
                    && (m.ref() == null || !m.ref().startsWith(BRIDGE_REF_PREFIX))) {
                candidates.add(m.id());
            }
        });
        if (candidates.isEmpty()) {
            return Set.of();
        }
        Set<Long> exchange = new HashSet<>();
        for (List<Long> chunk : Chunks.of(candidates, odoo.pageSize())) {
            odoo.searchRead(companyId, "account.partial.reconcile", Domain.where("exchange_move_id", "in", chunk),
                    List.of("exchange_move_id"), null, 0).forEach(p -> exchange.add(p.refId("exchange_move_id")));
        }
        return exchange.stream().filter(id -> id != 0).collect(Collectors.toSet());
    }

    /** The parts of an {@code account.move} that classification needs. */
    record Move(long id, String name, String moveType, String ref, java.time.LocalDate date, long journalId,
                long partnerId, long companyId, long currencyId, String currencyName, long reversedEntryId,
                long statementLineId, long paymentId) {
    }

    record Payment(long id, long journalId, long partnerId, java.time.LocalDate date, BigDecimal amount, String memo) {
    }

    private record Side(Move invoice, Move counterpart, BigDecimal amount, long currencyId) {
    }
}
