package com.kraviabridge.core.policy;

import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.JournalEntry;
import com.kraviabridge.core.domain.JournalLine;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.domain.Settlement;
import com.kraviabridge.core.domain.SettlementLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a settlement's bookkeeping suggestion into one balanced journal entry: the payout on the bank journal's
 * own account, each collected capital on the debtor's receivable (to be reconciled with the invoice), Kravia's
 * deductions (VAT on its costs, provision) on the accounts the creditor mapped.
 *
 * <p>Settlement lines are signed from the bank's view (capital in, deductions out); an entry line is the
 * opposite side of each, and the payout balances them.
 */
public final class SettlementBooking {


    private final String journalCode;
    private final Map<String, String> accountsByLedgerAccount;
    private final long payoutPartnerId;

    /**
     * @param accountsByLedgerAccount Kravia ledger account number to ERP account code
     *                                ({@code settlement.account.<n>})
     */
    public SettlementBooking(String journalCode, Map<String, String> accountsByLedgerAccount, long payoutPartnerId) {
        this.journalCode = journalCode;
        this.accountsByLedgerAccount = Map.copyOf(accountsByLedgerAccount);
        this.payoutPartnerId = payoutPartnerId;
    }

    public static String refOf(String settlementId) {
        return JournalEntry.SETTLEMENT_REF_PREFIX + settlementId;
    }

    public String journalCode() {
        return journalCode;
    }

    /** The entry, or the reasons it cannot be booked without a person's help. */
    public Result entryFor(Settlement settlement, long companyId, Function<SettlementLine, Optional<CollectionCase>> caseOf) {
        List<String> problems = new ArrayList<>();
        if (journalCode == null || journalCode.isBlank()) {
            problems.add("no journal for Kravia payouts is configured (settlement.journal)");
        }
        if (!settlement.sumOfLines().equals(settlement.amount())) {
            problems.add("its lines add up to " + settlement.sumOfLines() + " but the payout is " + settlement.amount());
        }
        List<JournalLine> lines = new ArrayList<>();
        lines.add(new JournalLine(null, payoutPartnerId, "Kravia payout " + settlement.id(), settlement.amount(), 0));
        for (SettlementLine line : settlement.lines()) {
            if (line.amount().isZero()) {
                continue;
            }
            String account = accountsByLedgerAccount.get(line.ledgerAccount());
            if (account == null) {
                problems.add("Kravia ledger account " + line.ledgerAccount() + " (" + line.component()
                        + ") is not mapped to an Odoo account (set settlement.account." + line.ledgerAccount() + ")");
                continue;
            }
            Money amount = line.amount().negate();
            if (line.isCapital()) {
                Optional<CollectionCase> c = caseOf.apply(line);
                if (c.isEmpty() || c.get().companyId() != companyId) {
                    problems.add("capital line for invoice " + line.invoiceNumber() + " (Kravia case "
                            + line.kraviaInvoiceId() + ") matches no invoice this bridge forwarded");
                    continue;
                }
                CollectionCase known = c.get();
                lines.add(new JournalLine(account, known.partnerId(), "Collected by Kravia: invoice " + known.invoiceNumber(),
                        amount, known.invoiceId()));
            } else {
                String label = line.description() == null || line.description().isBlank()
                        ? line.component() : line.description();
                lines.add(new JournalLine(account, 0, label + " (Kravia " + settlement.id() + ")", amount, 0));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        JournalEntry entry = new JournalEntry(companyId, journalCode, settlement.date(), refOf(settlement.id()), lines);
        if (!entry.isBalanced()) {
            return new Result(null, List.of("the entry would not balance"));
        }
        return new Result(entry, List.of());
    }

    public record Result(JournalEntry entry, List<String> problems) {

        public boolean isBookable() {
            return entry != null;
        }
    }
}
