package com.kraviabridge.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kraviabridge.app.wiring.Bridge;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.port.store.ParkedRecord;
import com.kraviabridge.core.port.store.StatusChange;
import com.kraviabridge.core.usecase.BalanceCheck;

import java.util.List;

/**
 * {@code bridge status --format json}: what the text shows, as one JSON document with a member per part asked for
 * ({@code needsAPerson}, {@code parkedCount}, {@code waitingCount} and {@code companies} by default, {@code invoice},
 * {@code parked}, {@code waiting}, {@code reconciliation}).
 * The exit code is the text's.
 */
final class StatusJson {

    private final Bridge bridge;
    private final ObjectNode document = OutputFormatOption.document();
    private int exit = ExitCodes.OK;

    StatusJson(Bridge bridge) {
        this.bridge = bridge;
    }

    ObjectNode document() {
        return document;
    }

    int exitCode() {
        return exit;
    }

    void cases(boolean all) {
        ArrayNode companies = document.putArray("companies");
        for (CreditorMapping creditor : bridge.creditors()) {
            long open = bridge.database().caseBook().count(creditor.companyId(), true);
            long total = bridge.database().caseBook().count(creditor.companyId(), false);
            ObjectNode company = companies.addObject();
            company.put("company", creditor.companyId());
            company.put("kraviaCreditor", creditor.creditorId());
            company.put("openCases", open);
            company.put("closedCases", total - open);
            ArrayNode cases = company.putArray("cases");
            StatusCommand.forEachCase(bridge, creditor.companyId(), !all, c -> caseNode(cases.addObject(), c));
        }
    }

    /** The records kept for review and the invoices waiting for approval: up to 20 of each, and how many more. */
    void needsAPerson() {
        NeedsAPerson needs = NeedsAPerson.of(bridge);
        document.put("parkedCount", needs.forReview().size());
        document.put("waitingCount", needs.waiting().size());
        ObjectNode node = document.putObject("needsAPerson");
        someOf(node.putObject("keptForReview"), needs.forReview(), NeedsAPerson.ALL_FOR_REVIEW);
        someOf(node.putObject("waitingForApproval"), needs.waiting(), NeedsAPerson.ALL_WAITING);
    }

    private static void someOf(ObjectNode node, List<ParkedRecord> records, String listAll) {
        ArrayNode shown = node.putArray("records");
        for (ParkedRecord record : NeedsAPerson.shown(records)) {
            shown.addObject().put("kind", record.kind().code()).put("invoice", record.subject())
                    .put("reason", record.reason()).put("key", record.key());
        }
        node.put("more", NeedsAPerson.more(records));
        node.put("listAll", listAll);
    }

    void invoice(String number) {
        ObjectNode invoice = document.putObject("invoice");
        invoice.put("number", number);
        ArrayNode cases = invoice.putArray("cases");
        for (CollectionCase c : bridge.database().caseBook().byInvoiceNumber(number)) {
            ObjectNode node = caseNode(cases.addObject(), c);
            node.put("company", c.companyId());
            node.put("odooId", c.invoiceId());
            node.put("forwardedAt", String.valueOf(c.forwardedAt()));
            ArrayNode history = node.putArray("history");
            for (StatusChange change : bridge.database().statusHistory().of(c.creditorId(), c.kraviaInvoiceId())) {
                history.addObject().put("at", String.valueOf(change.kraviaUpdatedAt())).put("status", change.status())
                        .put("closedAs", change.closeReason());
            }
        }
        ArrayNode reasons = invoice.putArray("parkedReasons");
        bridge.database().parkedRecords().all().stream().filter(p -> number.equals(p.subject()))
                .forEach(p -> reasons.add(p.reason()));
    }

    void parked() {
        List<ParkedRecord> records = NeedsAPerson.of(bridge).forReview();
        list(document.putArray("parked"), records);
        if (!records.isEmpty()) {
            exit = ExitCodes.FAILED;
        }
    }

    /** Every invoice waiting for approval: not a failure, so the exit code stays. */
    void waiting() {
        list(document.putArray("waiting"), NeedsAPerson.of(bridge).waiting());
    }

    private static void list(ArrayNode parked, List<ParkedRecord> records) {
        for (ParkedRecord record : records) {
            parked.addObject().put("company", record.companyId()).put("kind", record.kind().code())
                    .put("subject", record.subject()).put("since", String.valueOf(record.parkedAt()))
                    .put("key", record.key()).put("reason", record.reason());
        }
    }

    void reconciliation() {
        ArrayNode companies = document.putArray("reconciliation");
        for (CreditorMapping creditor : bridge.creditors()) {
            BalanceCheck.Result result = bridge.balanceCheck().check(creditor);
            ObjectNode company = companies.addObject();
            company.put("company", creditor.companyId());
            company.put("casesCompared", result.casesCompared());
            company.put("agrees", result.agrees());
            ArrayNode mismatches = company.putArray("mismatches");
            for (BalanceCheck.Mismatch m : result.mismatches()) {
                ObjectNode mismatch = mismatches.addObject().put("invoice", m.invoiceNumber())
                        .put("case", m.kraviaInvoiceId()).put("kraviaStatus", m.kraviaStatus());
                mismatch.set("odooOpen", OutputFormatOption.money(m.odooResidual()));
                mismatch.set("kraviaCapital", OutputFormatOption.money(m.kraviaCapital()));
            }
            if (!result.agrees()) {
                exit = ExitCodes.FAILED;
            }
        }
    }

    private static ObjectNode caseNode(ObjectNode node, CollectionCase c) {
        node.put("invoice", c.invoiceNumber());
        node.put("case", c.kraviaInvoiceId());
        node.put("status", c.status().value());
        node.put("closedAs", c.closeReason());
        node.set("remainingCapital", OutputFormatOption.money(c.remainingCapital()));
        return node;
    }
}
