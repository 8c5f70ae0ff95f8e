package com.kraviabridge.app.cli;

import com.kraviabridge.app.wiring.CompaniesOdooLacks;
import com.kraviabridge.core.domain.CompanyProfile;
import com.kraviabridge.core.domain.CreditorMapping;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What {@code doctor}, {@code config check} and {@code sync} say about the company mapping, worded once so that each
 * command says the same thing about the same finding.
 */
final class CompanyChecks {

    private CompanyChecks() {
    }

    /** A company that still has open cases in the store but is no longer mapped to a creditor. */
    record TakenOff(long companyId, long openCases) {

        /** What no longer happens for the company, naming the key that would bring it back. */
        String consequence() {
            return "still has " + openCases + " open Kravia case(s) but no creditor (" + creditorKey(companyId)
                    + "): its payments, credits, case status and settlements are no longer sent or booked"
                    + " (see \"Taking a company off the bridge\" in the administrator's guide)";
        }
    }

    /** The companies with open cases in the store whose mapping is gone, in the store's order. */
    static List<TakenOff> takenOff(Map<Long, Long> openCasesByCompany, Collection<CreditorMapping> creditors) {
        return openCasesByCompany.entrySet().stream()
                .filter(e -> creditors.stream().noneMatch(c -> c.companyId() == e.getKey()))
                .map(e -> new TakenOff(e.getKey(), e.getValue())).toList();
    }

    /** The mapped companies the bridge's Odoo user cannot see: they do not exist, or the user was not given them. */
    static List<CreditorMapping> notInOdoo(Collection<CreditorMapping> creditors, Collection<CompanyProfile> companies) {
        return creditors.stream()
                .filter(creditor -> companies.stream().noneMatch(c -> c.companyId() == creditor.companyId())).toList();
    }

    /** Why nothing is done for a mapped company that {@link #notInOdoo} found. */
    static String notInOdoo(long companyId) {
        return CompaniesOdooLacks.reason(companyId);
    }

    private static String creditorKey(long companyId) {
        return "creditor." + companyId + ".id";
    }
}
