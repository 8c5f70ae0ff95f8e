package com.kraviabridge.app.wiring;

import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.port.erp.Companies;
import com.kraviabridge.core.usecase.report.FlowReport;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The mapped companies that the bridge's Odoo user cannot see, asked before a run: such a company gets nothing
 * done, since its flows would read nothing from Odoo and write Kravia's news nowhere. {@code bridge sync} and the
 * daemon's scheduled runs refuse it with the same words as {@code doctor}, and serve the other companies.
 */
public final class CompaniesOdooLacks {

    private final Companies companies;
    private final List<CreditorMapping> creditors;

    public CompaniesOdooLacks(Companies companies, Collection<CreditorMapping> creditors) {
        this.companies = companies;
        this.creditors = List.copyOf(creditors);
    }

    /** For a scheduler whose runs serve every mapped company without asking Odoo first. */
    public static CompaniesOdooLacks neverAsked() {
        return new CompaniesOdooLacks(null, List.of());
    }

    /**
     * The mapped companies Odoo does not show to the bridge's user, from one read of Odoo's company ids. When Odoo
     * cannot say which companies there are, none: the flows meet the same failure and report it themselves.
     */
    public Set<Long> now() {
        if (creditors.isEmpty()) {
            return Set.of();
        }
        Set<Long> seen;
        try {
            seen = companies.companyIds();
        } catch (RemoteFailure unknown) {
            return Set.of();
        }
        Set<Long> lacking = new TreeSet<>();
        creditors.stream().map(CreditorMapping::companyId).filter(id -> !seen.contains(id)).forEach(lacking::add);
        return lacking;
    }

    /** Why nothing is done for such a company, as {@code doctor} says it. */
    public static String reason(long companyId) {
        return "is mapped (creditor." + companyId + ".id) but the bridge's Odoo user cannot see such a company";
    }

    /** What a run reports for such a company: the flow failed, with the reason, and nothing was done. */
    public static String refusal(long companyId) {
        return "company " + companyId + " " + reason(companyId) + "; nothing was done for it";
    }

    /** The flow's report for such a company: one failure, so the run says it needs attention. */
    public static FlowReport refusedRun(FlowReport.Flow flow, long companyId) {
        FlowReport report = new FlowReport(flow, companyId);
        report.failed(refusal(companyId));
        return report;
    }
}
