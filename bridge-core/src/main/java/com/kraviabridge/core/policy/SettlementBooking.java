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
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.LongUnaryOperator;

/**
 * Turns a settlement's bookkeeping suggestion into one balanced journal entry: the payout on the bank journal's
 * own account, each collected capital on the debtor's receivable (to be reconciled with the invoice), Kravia's
 * deductions (VAT on its costs, provision) on the accounts the company mapped. A VAT line whose Kravia VAT code is
 * mapped to a purchase tax becomes that tax's line, so the creditor's VAT return claims it back.
 *
 * <p>Settlement lines are signed from the bank's view (capital in, deductions out); an entry line is the
 * opposite side of each, and the payout balances them.
 */
public final class SettlementBooking {

    private static final String VAT_COMPONENT = "vat";

    private final LongFunction<SettlementChart> chartOfCompany;
    private final LongUnaryOperator payoutPartnerOfCompany;

    /**
     * @param chartOfCompany         where each company books its settlements
     * @param payoutPartnerOfCompany the partner (Kravia, 0 for none) of each company's payout line
     */
    public SettlementBooking(LongFunction<SettlementChart> chartOfCompany, LongUnaryOperator payoutPartnerOfCompany) {
        this.chartOfCompany = chartOfCompany;
        this.payoutPartnerOfCompany = payoutPartnerOfCompany;
    }

    /** Every company's payout line has the same partner. */
    public SettlementBooking(LongFunction<SettlementChart> chartOfCompany, long payoutPartnerId) {
        this(chartOfCompany, company -> payoutPartnerId);
    }

    /** Every company books in the same journal and accounts, with no VAT code mapped to a tax. */
    public SettlementBooking(String journalCode, Map<String, String> accountsByLedgerAccount, long payoutPartnerId) {
        this(company -> new SettlementChart(journalCode, accountsByLedgerAccount, Map.of()), payoutPartnerId);
    }

    public static String refOf(String settlementId) {
        return JournalEntry.SETTLEMENT_REF_PREFIX + settlementId;
    }

    public SettlementChart chartOf(long companyId) {
        return chartOfCompany.apply(companyId);
    }

    /** The entry, or the reasons it cannot be booked without a person's help. */
    public Result entryFor(Settlement settlement, long companyId, Function<SettlementLine, Optional<CollectionCase>> caseOf) {
        SettlementChart chart = chartOf(companyId);
        List<String> problems = new ArrayList<>();
        Set<String> vatCodesWithoutTax = new TreeSet<>();
        if (!chart.hasJournal()) {
            problems.add("no journal for Kravia payouts is configured (settlement.journal, or creditor." + companyId
                    + ".settlement-journal)");
        }
        if (!settlement.sumOfLines().equals(settlement.amount())) {
            problems.add("its lines add up to " + settlement.sumOfLines() + " but the payout is " + settlement.amount());
        }
        List<JournalLine> lines = new ArrayList<>();
        lines.add(new JournalLine(null, payoutPartnerOfCompany.applyAsLong(companyId), "Kravia payout " + settlement.id(), settlement.amount(), 0));
        for (SettlementLine line : settlement.lines()) {
            if (line.amount().isZero()) {
                continue;
            }
            String account = chart.accounts().get(line.ledgerAccount());
            if (account == null) {
                problems.add("Kravia ledger account " + line.ledgerAccount() + " (" + line.component()
                        + ") is not mapped to an Odoo account (set settlement.account." + line.ledgerAccount()
                        + ", or creditor." + companyId + ".settlement-account." + line.ledgerAccount() + ")");
                continue;
            }
            if (line.isCapital()) {
                capitalLine(line, account, companyId, caseOf).ifPresentOrElse(lines::add, () -> problems.add(
                        "capital line for invoice " + line.invoiceNumber() + " (Kravia case " + line.kraviaInvoiceId()
                                + ") matches no invoice this bridge forwarded"));
                continue;
            }
            String tax = null;
            if (VAT_COMPONENT.equalsIgnoreCase(line.component())) {
                tax = line.vatCode() == null ? null : chart.vatTaxes().get(line.vatCode());
                if (tax == null) {
                    vatCodesWithoutTax.add(line.vatCode() == null ? "(none)" : line.vatCode());
                }
            }
            lines.add(new JournalLine(account, 0, labelOf(line) + " (Kravia " + settlement.id() + ")",
                    line.amount().negate(), 0, tax));
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems, vatCodesWithoutTax);
        }
        JournalEntry entry = new JournalEntry(companyId, chart.journalCode(), settlement.date(),
                refOf(settlement.id()), lines);
        if (!entry.isBalanced()) {
            return new Result(null, List.of("the entry would not balance"), vatCodesWithoutTax);
        }
        return new Result(entry, List.of(), vatCodesWithoutTax);
    }

    /** What the administrator hears once a run when VAT lines went to the books without their tax. */
    public static Optional<String> outsideTheVatReturn(Set<String> vatCodesWithoutTax) {
        return vatCodesWithoutTax.isEmpty() ? Optional.empty() : Optional.of("VAT lines of Kravia VAT code "
                + String.join(", ", new TreeSet<>(vatCodesWithoutTax)) + " are booked as plain lines, outside the VAT"
                + " return: map each to a purchase tax with settlement.vat-tax.<code>");
    }

    private static Optional<JournalLine> capitalLine(SettlementLine line, String account, long companyId,
                                                     Function<SettlementLine, Optional<CollectionCase>> caseOf) {
        return caseOf.apply(line).filter(c -> c.companyId() == companyId).map(known -> new JournalLine(account,
                known.partnerId(), "Collected by Kravia: invoice " + known.invoiceNumber(), line.amount().negate(),
                known.invoiceId()));
    }

    private static String labelOf(SettlementLine line) {
        return line.description() == null || line.description().isBlank() ? line.component() : line.description();
    }

    /**
     * @param vatCodesWithoutTax Kravia VAT codes of VAT lines booked as plain lines, since no purchase tax is mapped
     *                           to them: those lines do not reach the VAT return
     */
    public record Result(JournalEntry entry, List<String> problems, Set<String> vatCodesWithoutTax) {

        public Result {
            problems = List.copyOf(problems);
            vatCodesWithoutTax = Set.copyOf(vatCodesWithoutTax);
        }

        public boolean isBookable() {
            return entry != null;
        }
    }
}
