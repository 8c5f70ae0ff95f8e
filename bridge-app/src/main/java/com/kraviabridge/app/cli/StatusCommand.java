package com.kraviabridge.app.cli;

import com.kraviabridge.app.wiring.Bridge;
import com.kraviabridge.config.LoadedConfig;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.port.store.ParkedRecord;
import com.kraviabridge.core.port.store.StatusChange;
import com.kraviabridge.core.usecase.BalanceCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** {@code bridge status}: what the bridge holds, what waits for a person, and whether the books agree. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show what the bridge holds, what waits for review, and whether the books agree.",
                "Without options: what needs a person (records kept for review, invoices waiting for",
                "approval in Odoo; up to 20 of each), then forwarded cases with their Kravia status and",
                "remaining capital; every record kept for review (--parked), every invoice waiting for",
                "approval (--waiting), one invoice's history (--invoice),",
                "or compare Odoo's open amounts with Kravia's remaining capital (--reconcile)."})
public final class StatusCommand implements Callable<Integer> {

    private static final int PAGE = 500;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigFileOption config;

    @Mixin
    OutputFormatOption format;

    @Option(names = "--invoice", paramLabel = "NUMBER", description = "Show one invoice's case and status history.")
    String invoiceNumber;

    @Option(names = "--parked", description = "List records parked for review, with their reasons.")
    boolean parked;

    @Option(names = "--waiting", description = "List every invoice waiting for approval in Odoo, with its reason.")
    boolean waiting;

    @Option(names = "--reconcile", description = "Compare Odoo's open residual with Kravia's remaining capital.")
    boolean reconcile;

    @Option(names = "--all", description = "With the case list: closed cases too.")
    boolean all;

    @Override
    public Integer call() {
        LoadedConfig loaded = config.load(Commands.context(spec).environment());
        PrintWriter out = spec.commandLine().getOut();
        try (Bridge bridge = Bridge.start(loaded.settings())) {
            if (format.json()) {
                return printJson(bridge, out);
            }
            int exit = ExitCodes.OK;
            if (invoiceNumber != null) {
                exit = Math.max(exit, showInvoice(bridge, out));
            }
            if (parked) {
                exit = Math.max(exit, showParked(bridge, out));
            }
            if (waiting) {
                showWaiting(bridge, out);
            }
            if (reconcile) {
                exit = Math.max(exit, showReconciliation(bridge, out));
            }
            if (noPartAskedFor()) {
                showNeedsAPerson(NeedsAPerson.of(bridge), out);
                showCases(bridge, out);
            }
            out.flush();
            return exit;
        }
    }

    private int printJson(Bridge bridge, PrintWriter out) {
        StatusJson json = new StatusJson(bridge);
        if (invoiceNumber != null) {
            json.invoice(invoiceNumber);
        }
        if (parked) {
            json.parked();
        }
        if (waiting) {
            json.waiting();
        }
        if (reconcile) {
            json.reconciliation();
        }
        if (noPartAskedFor()) {
            json.needsAPerson();
            json.cases(all);
        }
        OutputFormatOption.print(out, json.document());
        return json.exitCode();
    }

    private boolean noPartAskedFor() {
        return invoiceNumber == null && !parked && !waiting && !reconcile;
    }

    /** The records kept for review and the invoices waiting for approval, up to 20 of each. */
    private static void showNeedsAPerson(NeedsAPerson needs, PrintWriter out) {
        if (needs.forReview().isEmpty() && needs.waiting().isEmpty()) {
            out.println("Nothing needs a person: no record kept for review, no invoice waiting for approval.");
            return;
        }
        if (!needs.forReview().isEmpty()) {
            out.println(needs.forReview().size() + " record(s) parked for review (fix the cause and it goes on the"
                    + " next run, or `bridge dismiss KEY`):");
            showSome(needs.forReview(), NeedsAPerson.ALL_FOR_REVIEW, out);
        }
        if (!needs.waiting().isEmpty()) {
            out.println(needs.waiting().size() + " invoice(s) waiting for approval (tick \"Approved for Kravia\" on"
                    + " the invoice in Odoo; it goes on the next run):");
            showSome(needs.waiting(), NeedsAPerson.ALL_WAITING, out);
        }
    }

    private static void showSome(List<ParkedRecord> records, String listAll, PrintWriter out) {
        for (ParkedRecord record : NeedsAPerson.shown(records)) {
            out.printf(Locale.ROOT, "  %-10s %-20s %s%n", record.kind().code(), record.subject(), record.reason());
        }
        int more = NeedsAPerson.more(records);
        if (more > 0) {
            out.println("  and " + more + " more: " + listAll);
        }
    }

    private static void showWaiting(Bridge bridge, PrintWriter out) {
        List<ParkedRecord> records = NeedsAPerson.of(bridge).waiting();
        if (records.isEmpty()) {
            out.println("No invoice is waiting for approval.");
            return;
        }
        out.println(records.size() + " invoice(s) waiting for approval (tick \"Approved for Kravia\" on the invoice"
                + " in Odoo; it goes on the next run):");
        for (ParkedRecord record : records) {
            out.printf(Locale.ROOT, "  company %d  %-20s since %s%n      %s%n", record.companyId(), record.subject(),
                    record.parkedAt(), record.reason());
        }
    }

    private void showCases(Bridge bridge, PrintWriter out) {
        for (CreditorMapping creditor : bridge.creditors()) {
            long open = bridge.database().caseBook().count(creditor.companyId(), true);
            long total = bridge.database().caseBook().count(creditor.companyId(), false);
            out.printf(Locale.ROOT, "Company %d (Kravia creditor %d): %d open case(s), %d closed%n", creditor.companyId(),
                    creditor.creditorId(), open, total - open);
            out.printf(Locale.ROOT, "  %-20s %10s %-18s %-10s %18s%n", "invoice", "case", "status", "closed as",
                    "remaining capital");
            forEachCase(bridge, creditor.companyId(), !all, c -> out.printf(Locale.ROOT,
                    "  %-20s %10d %-18s %-10s %18s%n", c.invoiceNumber(), c.kraviaInvoiceId(), c.status().value(),
                    c.closeReason() == null ? "" : c.closeReason(), c.remainingCapital()));
        }
    }

    /** Every case of the company, page by page, so a company with many cases keeps the memory flat. */
    static void forEachCase(Bridge bridge, long companyId, boolean openOnly, Consumer<CollectionCase> action) {
        long after = 0;
        while (true) {
            List<CollectionCase> page = bridge.database().caseBook().page(companyId, openOnly, after, PAGE);
            page.forEach(action);
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).invoiceId();
        }
    }

    /** The records kept for review, by company, kind and subject. */
    static List<ParkedRecord> parkedInOrder(Bridge bridge) {
        return bridge.database().parkedRecords().all().stream()
                .sorted(Comparator.comparing(ParkedRecord::companyId)
                        .thenComparing((ParkedRecord r) -> r.kind().code())
                        .thenComparing(ParkedRecord::subject, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    private int showInvoice(Bridge bridge, PrintWriter out) {
        List<CollectionCase> found = bridge.database().caseBook().byInvoiceNumber(invoiceNumber);
        if (found.isEmpty()) {
            out.println("Invoice " + invoiceNumber + " has not been forwarded to Kravia.");
            bridge.database().parkedRecords().all().stream().filter(p -> invoiceNumber.equals(p.subject()))
                    .forEach(p -> out.println((p.kind().needsReview() ? "  parked: " : "  waiting: ") + p.reason()));
            return ExitCodes.OK;
        }
        for (CollectionCase c : found) {
            out.printf(Locale.ROOT, "Invoice %s (company %d, Odoo id %d): Kravia case %d, status %s%s, remaining capital %s,"
                            + " forwarded %s%n", c.invoiceNumber(), c.companyId(), c.invoiceId(), c.kraviaInvoiceId(),
                    c.status().value(), c.closeReason() == null ? "" : " (" + c.closeReason() + ")", c.remainingCapital(),
                    c.forwardedAt());
            List<StatusChange> history = bridge.database().statusHistory().of(c.creditorId(), c.kraviaInvoiceId());
            for (StatusChange change : history) {
                out.printf(Locale.ROOT, "  %s  %s%s%n", change.kraviaUpdatedAt(), change.status(),
                        change.closeReason() == null ? "" : " (" + change.closeReason() + ")");
            }
        }
        return ExitCodes.OK;
    }

    private int showParked(Bridge bridge, PrintWriter out) {
        List<ParkedRecord> records = NeedsAPerson.of(bridge).forReview();
        if (records.isEmpty()) {
            out.println("Nothing is parked.");
            return ExitCodes.OK;
        }
        out.println(records.size() + " record(s) parked for review (retried on every run once their data changes;"
                + " `bridge dismiss KEY` once you have dealt with one):");
        for (ParkedRecord record : records) {
            out.printf(Locale.ROOT, "  company %d  %-10s %-20s since %s  key %s%n      %s%n", record.companyId(),
                    record.kind().code(), record.subject(), record.parkedAt(), record.key(), record.reason());
        }
        return ExitCodes.FAILED;
    }

    private int showReconciliation(Bridge bridge, PrintWriter out) {
        int exit = ExitCodes.OK;
        for (CreditorMapping creditor : bridge.creditors()) {
            BalanceCheck.Result result = bridge.balanceCheck().check(creditor);
            if (result.agrees()) {
                out.printf(Locale.ROOT, "Company %d: Odoo and Kravia agree on all %d open case(s).%n", creditor.companyId(),
                        result.casesCompared());
                continue;
            }
            exit = ExitCodes.FAILED;
            if (!result.mismatches().isEmpty()) {
                out.printf(Locale.ROOT, "Company %d: %d of %d open case(s) differ:%n", creditor.companyId(),
                        result.mismatches().size(), result.casesCompared());
                out.printf(Locale.ROOT, "  %-20s %10s %18s %18s  %s%n", "invoice", "case", "Odoo open",
                        "Kravia capital", "Kravia status");
                for (BalanceCheck.Mismatch m : result.mismatches()) {
                    out.printf(Locale.ROOT, "  %-20s %10d %18s %18s  %s%n", m.invoiceNumber(), m.kraviaInvoiceId(),
                            m.odooResidual() == null ? "not found" : m.odooResidual(),
                            m.kraviaCapital() == null ? "not found" : m.kraviaCapital(), m.kraviaStatus());
                }
            }
            for (BalanceCheck.SecondCase twice : result.secondCases()) {
                out.printf(Locale.ROOT, "Company %d: Kravia holds %d open cases for invoice %s (Odoo id %s): %s;"
                                + " the debtor is pursued more than once. Close all but one in Kravia's portal.%n",
                        creditor.companyId(), twice.kraviaInvoiceIds().size(), twice.invoiceNumber(),
                        twice.accountingInvoiceId(), twice.kraviaInvoiceIds().stream().map(id -> "case " + id)
                                .collect(java.util.stream.Collectors.joining(", ")));
            }
        }
        return exit;
    }
}
