package com.kraviabridge.app.cli;

import com.kraviabridge.app.wiring.Bridge;
import com.kraviabridge.config.BridgeConfig;
import com.kraviabridge.config.CreditorConfig;
import com.kraviabridge.config.SettlementConfig;
import com.kraviabridge.config.LoadedConfig;
import com.kraviabridge.config.PayoutConfig;
import com.kraviabridge.core.domain.CompanyProfile;
import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.erp.odoo.DeskPiece;
import com.kraviabridge.erp.odoo.OdooErp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code bridge doctor}: every precondition of a working bridge, one line each, so an administrator sees at a
 * glance what to fix. For an Odoo company without a Kravia creditor it prints what Kravia's onboarding needs.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Check that the bridge can reach and use everything it needs.",
                "Checks the database, the Odoo login and rights, the Kravia token, the company mapping (a WARN",
                "line for a company taken off the bridge that still has open cases),",
                "the settlement journal and accounts, and the Kravia desk in Odoo (`bridge odoo setup`; a WARN",
                "line per missing piece). Exit code 1 when any check fails; warnings do not fail."})
public final class DoctorCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigFileOption config;

    private PrintWriter out;
    private int failures;

    @Override
    public Integer call() {
        LoadedConfig loaded = config.load(Commands.context(spec).environment());
        out = spec.commandLine().getOut();
        BridgeConfig settings = loaded.settings();
        Bridge bridge;
        try {
            bridge = Bridge.start(settings);
        } catch (RuntimeException e) {
            line(false, "database", e.getMessage());
            out.flush();
            return ExitCodes.FAILED;
        }
        try (bridge) {
            line(true, "database", (bridge.database().isEmbedded() ? "embedded MariaDB" : bridge.database().jdbcUrl())
                    + " reachable, schema migrated");
            boolean odooUp = check("odoo login", () -> {
                OdooErp.ServerInfo info = bridge.odoo().serverInfo();
                return "Odoo " + info.version() + " (" + info.protocol() + "), user id " + info.uid();
            });
            if (odooUp) {
                protocolLine(bridge.odoo().serverInfo());
            }
            List<CompanyProfile> companies = new ArrayList<>();
            if (odooUp) {
                check("odoo companies", () -> {
                    companies.addAll(bridge.odoo().companies().companies());
                    return companies.size() + " visible to the bridge's user";
                });
                for (CreditorMapping creditor : bridge.creditors()) {
                    checkOdooRights(bridge, creditor.companyId());
                }
                checkDesk(bridge);
                checkApproval(bridge, settings);
                checkReviewUser(bridge, settings);
            }
            for (CreditorMapping creditor : bridge.creditors()) {
                check("kravia creditor " + creditor.creditorId(), () -> {
                    bridge.kravia().checkAccess(creditor.creditorId());
                    return "token accepted for Odoo company " + creditor.companyId();
                });
            }
            if (odooUp) {
                checkMapping(bridge, companies);
                checkSettlementSetup(bridge, settings);
                checkPayoutSetup(bridge, settings);
            } else {
                CompanyChecks.takenOff(bridge.database().caseBook().openCasesByCompany(), bridge.creditors())
                        .forEach(off -> warn("company " + off.companyId(), off.consequence()));
            }
        }
        out.flush();
        return failures == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /** On Odoo 19 and later: the protocol in use, and a warning when it is one that Odoo deprecated. */
    private void protocolLine(OdooErp.ServerInfo info) {
        if (!info.offersJson2()) {
            return;
        }
        if (info.protocolWarning() == null) {
            line(true, "odoo protocol", info.protocol() + ", Odoo's external API from Odoo 19 on");
        } else {
            warn("odoo protocol", info.protocolWarning());
        }
    }

    private void checkOdooRights(Bridge bridge, long companyId) {
        check("odoo rights, company " + companyId, () -> {
            // The first record of each from the start: no id bound to fall outside Odoo's 32-bit ids, and a record
            // found is read with every field the flows read.
            bridge.odoo().openInvoices().overdueInvoices(companyId, LocalDate.now(), 0, 1);
            bridge.odoo().allocations().allocationsSince(companyId, 0, 1);
            Set<String> fields = bridge.odoo().caseFields().present();
            return "invoices, partners and reconciliations readable" + (fields.isEmpty()
                    ? "; no x_kravia fields (notes only; `bridge odoo setup` adds them)" : "; case fields " + fields);
        });
    }

    /** The desk in Odoo is optional (without it the bridge writes notes only): what lacks is a warning. */
    private void checkDesk(Bridge bridge) {
        List<DeskPiece> pieces;
        try {
            pieces = bridge.odoo().desk().check();
        } catch (RemoteFailure failure) {
            warn("odoo desk", "could not be checked: " + failure.describe());
            return;
        }
        List<DeskPiece> toDo = pieces.stream().filter(p -> p.state() != DeskPiece.State.IN_PLACE).toList();
        if (toDo.isEmpty()) {
            line(true, "odoo desk", "Kravia fields and views in place");
        }
        for (DeskPiece piece : toDo) {
            warn("odoo desk", piece.describe() + " (`bridge odoo setup` makes it)");
        }
    }

    /** Invoices that are to wait for approval need the field an accountant approves them with. */
    private void checkApproval(Bridge bridge, BridgeConfig settings) {
        Bridge.approvalRule(settings.collection(), java.time.Clock.systemUTC()).setting().ifPresent(setting -> {
            boolean approvable;
            try {
                approvable = bridge.odoo().approvals().approvable();
            } catch (RemoteFailure failure) {
                line(false, "collection approval", setting + ": could not check Odoo's fields: " + failure.describe());
                return;
            }
            line(approvable, "collection approval", approvable ? setting + "; accountants approve in Odoo"
                    : setting + " needs \"Approved for Kravia\" on invoices in Odoo, which is missing: run bridge"
                    + " odoo setup");
        });
    }

    /** The user who gets the to-dos for records kept for review: the login odoo.review-user names must exist. */
    private void checkReviewUser(Bridge bridge, BridgeConfig settings) {
        Optional<String> login = settings.odoo().reviewUser();
        if (login.isEmpty()) {
            line(true, "odoo review user", "each invoice's salesperson, else the bridge's user (odoo.review-user"
                    + " not set)");
            return;
        }
        check("odoo review user", () -> {
            if (!bridge.odoo().hasActiveUser(login.get())) {
                throw new IllegalStateException("odoo.review-user is '" + login.get() + "', but Odoo has no active"
                        + " user with that login");
            }
            return "to-dos for records kept for review go to " + login.get();
        });
    }

    private void warn(String what, String detail) {
        out.printf("%-4s %-34s %s%n", "WARN", what, detail);
        out.flush();
    }

    private void checkMapping(Bridge bridge, List<CompanyProfile> companies) {
        Map<Long, CompanyChecks.TakenOff> takenOff = new LinkedHashMap<>();
        CompanyChecks.takenOff(bridge.database().caseBook().openCasesByCompany(), bridge.creditors())
                .forEach(t -> takenOff.put(t.companyId(), t));
        for (CompanyProfile company : companies) {
            boolean mapped = bridge.creditors().stream().anyMatch(c -> c.companyId() == company.companyId());
            if (mapped) {
                line(true, "company " + company.companyId(), company.name() + " is mapped to a Kravia creditor");
                continue;
            }
            CompanyChecks.TakenOff off = takenOff.remove(company.companyId());
            if (off != null) {
                warn("company " + company.companyId(), company.name() + " " + off.consequence());
                continue;
            }
            line(true, "company " + company.companyId(), company.name() + " has no Kravia creditor (creditor."
                    + company.companyId() + ".id); its invoices are not collected");
            out.println("      for Kravia's creditor onboarding: " + onboarding(company));
        }
        // Companies the Odoo user no longer sees at all, with cases left in the store.
        takenOff.values().forEach(off -> warn("company " + off.companyId(), off.consequence()));
        for (CreditorMapping creditor : CompanyChecks.notInOdoo(bridge.creditors(), companies)) {
            line(false, "company " + creditor.companyId(), CompanyChecks.notInOdoo(creditor.companyId()));
        }
    }

    static String onboarding(CompanyProfile company) {
        List<String> missing = new ArrayList<>();
        StringBuilder text = new StringBuilder("name '").append(company.name()).append("'");
        append(text, missing, "organisation number", company.organisationNumber());
        String address = company.address() == null ? null : String.join(", ", nonBlank(company.address().street(),
                company.address().postalCode(), company.address().city(), company.address().countryCode()));
        append(text, missing, "address", address == null || address.isBlank() ? null : address);
        append(text, missing, "e-mail", company.email());
        append(text, missing, "bank account", company.bankAccount());
        if (!missing.isEmpty()) {
            text.append("; missing in Odoo: ").append(String.join(", ", missing));
        }
        return text.toString();
    }

    private static void append(StringBuilder text, List<String> missing, String what, String value) {
        if (value == null || value.isBlank()) {
            missing.add(what);
        } else {
            text.append(", ").append(what).append(" ").append(value);
        }
    }

    private static List<String> nonBlank(String... parts) {
        List<String> result = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                result.add(part);
            }
        }
        return result;
    }

    /** Each company with the journal, accounts and VAT taxes that apply to it: its own keys, else the global ones. */
    private void checkSettlementSetup(Bridge bridge, BridgeConfig settings) {
        SettlementConfig settlement = settings.settlement();
        if (!settlement.enabled()) {
            line(true, "settlements", "not posted (no settlement.account.* configured)");
            return;
        }
        for (CreditorMapping creditor : bridge.creditors()) {
            long company = creditor.companyId();
            String journal = settlement.journalOf(company).orElse("");
            String journalKey = settlement.companies().containsKey(company)
                    && settlement.companies().get(company).journal().isPresent()
                    ? "creditor." + company + ".settlement-journal" : "settlement.journal";
            check("settlement journal, company " + company, () -> {
                if (!bridge.odoo().ledger().hasJournal(company, journal)) {
                    throw RemoteFailure.permanent(RemoteFailure.Side.ERP, "no journal with code '" + journal
                            + "' (" + journalKey + ")");
                }
                return "journal " + journal + " found (" + journalKey + ")";
            });
            check("settlement accounts, company " + company, () -> {
                Set<String> missing = bridge.odoo().ledger().missingAccounts(company,
                        settlement.accountsOf(company).values());
                if (!missing.isEmpty()) {
                    throw RemoteFailure.permanent(RemoteFailure.Side.ERP, "no account with code " + missing
                            + " (settlement.account.*, or creditor." + company + ".settlement-account.*)");
                }
                return "accounts " + settlement.accountsOf(company).values() + " found";
            });
            settlement.vatTaxes().forEach((vatCode, tax) -> check("VAT code " + vatCode + ", company " + company,
                    () -> "booked as input VAT on purchase tax " + bridge.odoo().ledger().purchaseTax(company, tax)
                            + " (settlement.vat-tax." + vatCode + ")"));
        }
    }

    /** Each company's payout signals, as its own keys or the common ones give them, with its journals looked up. */
    private void checkPayoutSetup(Bridge bridge, BridgeConfig settings) {
        for (CreditorConfig creditor : settings.creditors()) {
            long company = creditor.odooCompanyId();
            PayoutConfig payouts = creditor.payouts();
            String journalsKey = payouts.journals().equals(settings.kravia().payoutJournals())
                    && !settings.kravia().payoutJournals().isEmpty()
                    ? "kravia.payout-journals" : "creditor." + company + ".payout-journals";
            check("kravia payouts, company " + company, () -> {
                List<String> missing = payouts.journals().stream()
                        .filter(j -> !bridge.odoo().ledger().hasJournal(company, j)).toList();
                if (!missing.isEmpty()) {
                    throw RemoteFailure.permanent(RemoteFailure.Side.ERP, "no journal with code " + missing + " ("
                            + journalsKey + ")");
                }
                return PayoutSignalsText.of(payouts);
            });
        }
    }

    private boolean check(String what, Supplier<String> probe) {
        try {
            line(true, what, probe.get());
            return true;
        } catch (RemoteFailure failure) {
            line(false, what, failure.describe());
            return false;
        } catch (RuntimeException e) {
            line(false, what, e.getMessage());
            return false;
        }
    }

    private void line(boolean ok, String what, String detail) {
        if (!ok) {
            failures++;
        }
        out.printf("%-4s %-34s %s%n", ok ? "ok" : "FAIL", what, detail);
        out.flush();
    }
}
