package com.kraviabridge.core.usecase.allocations;

import com.kraviabridge.core.domain.Credit;
import com.kraviabridge.core.domain.DirectPayment;
import com.kraviabridge.core.domain.NewCase;
import com.kraviabridge.core.domain.RegisteredCase;
import com.kraviabridge.core.port.collector.CaseRegistry;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Kravia's registry as far as payments and credits go: records what arrives, from any number of threads. */
final class RecordingRegistry implements CaseRegistry {

    final List<DirectPayment> payments = new CopyOnWriteArrayList<>();
    final List<Credit> credits = new CopyOnWriteArrayList<>();
    /** Runs inside every payment call before it is recorded; may throw a RemoteFailure or wait. */
    volatile Consumer<DirectPayment> onPayment = p -> { };
    /** Runs inside every credit call before it is recorded; may throw a RemoteFailure. */
    volatile Consumer<Credit> onCredit = c -> { };

    @Override
    public RegisteredCase register(NewCase newCase) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<RegisteredCase> findByAccountingInvoiceId(long creditorId, String reference, LocalDateTime notBefore) {
        return Optional.empty();
    }

    @Override
    public void registerPayment(long creditorId, DirectPayment payment) {
        onPayment.accept(payment);
        payments.add(payment);
    }

    @Override
    public void registerCredit(long creditorId, Credit credit) {
        onCredit.accept(credit);
        credits.add(credit);
    }
}
