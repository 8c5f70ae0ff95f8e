package com.kraviabridge.core.port.erp;

import com.kraviabridge.core.domain.CompanyProfile;

import java.util.List;

/** ERP port: the companies the bridge user can see, with what creditor onboarding needs. */
public interface Companies {

    List<CompanyProfile> companies();
}
