package com.kraviabridge.core.port.collector;

import com.kraviabridge.core.domain.Credit;
import com.kraviabridge.core.domain.DirectPayment;
import com.kraviabridge.core.domain.NewCase;
import com.kraviabridge.core.domain.RegisteredCase;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Collector port: the writes that hand work to Kravia. Each throws {@link com.kraviabridge.core.port.RemoteFailure}; an
 * {@link com.kraviabridge.core.port.RemoteFailure.Kind#OUTCOME_UNKNOWN} must be resolved with a lookup before the call is repeated.
 */
public interface CaseRegistry {

    RegisteredCase register(NewCase newCase);

    /**
     * Finds a case registered under our own reference, looking at cases changed since {@code notBefore}.
     * This is how an unknown outcome of {@link #register} is resolved without a duplicate.
     */
    Optional<RegisteredCase> findByAccountingInvoiceId(long creditorId, String accountingInvoiceId,
                                                      LocalDateTime notBefore);

    void registerPayment(long creditorId, DirectPayment payment);

    void registerCredit(long creditorId, Credit credit);
}
