package com.kraviabridge.core.port.erp;

import com.kraviabridge.core.domain.CompanyProfile;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** ERP port: the companies the bridge user can see, with what creditor onboarding needs. */
public interface Companies {

    List<CompanyProfile> companies();

    /** The ids of the companies the bridge user can see, without their details: what a run asks before each flow. */
    default Set<Long> companyIds() {
        return companies().stream().map(CompanyProfile::companyId).collect(Collectors.toUnmodifiableSet());
    }
}
