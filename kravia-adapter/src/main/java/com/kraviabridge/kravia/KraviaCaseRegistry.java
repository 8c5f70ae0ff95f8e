package com.kraviabridge.kravia;

import com.kraviabridge.core.domain.CaseSnapshot;
import com.kraviabridge.core.domain.Credit;
import com.kraviabridge.core.domain.DirectPayment;
import com.kraviabridge.core.domain.NewCase;
import com.kraviabridge.core.domain.RegisteredCase;
import com.kraviabridge.core.port.collector.CaseRegistry;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@link CaseRegistry} over Kravia: registers collection cases (E1), direct payments (E2) and credits (E3).
 * None of these writes is repeated after its request may have reached Kravia; such an attempt fails with
 * {@code OUTCOME_UNKNOWN}, and a registration is then found again with {@link #findByAccountingInvoiceId}.
 */
final class KraviaCaseRegistry implements CaseRegistry {

    private final KraviaHttp http;
    private final int pageSize;

    KraviaCaseRegistry(KraviaHttp http, int pageSize) {
        this.http = http;
        this.pageSize = pageSize;
    }

    @Override
    public RegisteredCase register(NewCase newCase) {
        KraviaCall call = KraviaCall.create(newCase.creditorId(), KraviaContract.REGISTER, KraviaBodies.register(newCase));
        return http.exchange(call, answer -> KraviaAnswers.registeredCase(answer, newCase.accountingInvoiceId()));
    }

    /**
     * Kravia offers no lookup by our reference (docs/kravia-contract.md §6), so the change feed is walked from
     * {@code notBefore} (less {@link KraviaContract#LOOKUP_MARGIN} for clock skew) until a case carries it.
     */
    @Override
    public Optional<RegisteredCase> findByAccountingInvoiceId(long creditorId, String accountingInvoiceId,
                                                             LocalDateTime notBefore) {
        Objects.requireNonNull(accountingInvoiceId, "accountingInvoiceId");
        LocalDateTime from = notBefore == null ? KraviaContract.BEGINNING_OF_FEED
                : notBefore.minus(KraviaContract.LOOKUP_MARGIN);
        CaseWalk walk = new CaseWalk(http, Set.of(creditorId), from, pageSize);
        while (!walk.exhausted()) {
            for (CaseSnapshot snapshot : walk.nextPage()) {
                if (accountingInvoiceId.equals(snapshot.accountingInvoiceId())) {
                    return Optional.of(new RegisteredCase(snapshot.kraviaInvoiceId(), snapshot.accountingInvoiceId(),
                            snapshot.status(), snapshot.remainingCapital(), snapshot.lastUpdated()));
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void registerPayment(long creditorId, DirectPayment payment) {
        http.send(KraviaCall.create(creditorId, KraviaContract.PAYMENT, KraviaBodies.payment(payment)));
    }

    @Override
    public void registerCredit(long creditorId, Credit credit) {
        http.send(KraviaCall.create(creditorId, KraviaContract.CREDIT_NOTE, KraviaBodies.creditNote(credit)));
    }
}
