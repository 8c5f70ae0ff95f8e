package com.kraviabridge.core.usecase.invoices.archfixture;

import com.kraviabridge.core.usecase.settlements.PostSettlements;

/** Breaks the flow rule on purpose, so ArchitectureRulesTest can show the rule bites. Test code only. */
public class InvoicesUsingSettlements {

    public String settlementFlow(PostSettlements settlements) {
        return settlements.toString();
    }
}
