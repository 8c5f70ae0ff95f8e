package com.kraviabridge.erp.odoo;

import com.kraviabridge.core.port.RemoteCallListener;
import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.erp.odoo.rpc.OdooServerError;
import com.kraviabridge.erp.odoo.rpc.TransportFailure;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * When a call to Odoo is tried again: a read whenever Odoo was briefly unavailable, a write only when it
 * provably had no effect (a serialisation failure, which Odoo reports after rolling the transaction back, or a
 * request that never left this machine). Up to the configured number of attempts, the wait doubling from the
 * configured back-off (and no longer doubling after ten times).
 */
final class OdooRetries {

    private static final Logger LOG = LoggerFactory.getLogger(OdooRetries.class);
    private static final int LAST_DOUBLING = 10;

    private final Retry reads;
    private final Retry writes;
    private final FailureTranslator failures;
    private final RemoteCallListener listener;

    /** @param waits hears of every wait before a further attempt (tests record them) */
    OdooRetries(OdooClientSettings settings, FailureTranslator failures, RemoteCallListener listener,
                Consumer<Duration> waits) {
        this.failures = failures;
        this.listener = listener;
        this.reads = retry("odoo-reads", settings, failure -> true, waits);
        this.writes = retry("odoo-writes", settings, OdooRetries::hadNoEffect, waits);
    }

    /** Runs the work, repeating it as far as the call allows; what fails in the end is in the core's terms. */
    <T> T attempt(Call call, Supplier<T> work) {
        int[] attempts = {0};
        return (call.write() ? writes : reads).executeSupplier(() -> {
            if (attempts[0]++ > 0 && call.model() != null) {
                listener.retrying(call.model() + "." + call.method());
            }
            try {
                return work.get();
            } catch (RuntimeException e) {
                throw failures.translate(e, call);
            }
        });
    }

    private static Retry retry(String name, OdooClientSettings settings,
                               Predicate<RemoteFailure> mayRepeat, Consumer<Duration> waits) {
        long firstWait = settings.retryBackoff().toMillis();
        // A custom function: resilience4j's own exponential one refuses a first wait under a millisecond.
        IntervalFunction doubling = attempt -> firstWait * (1L << Math.min(attempt - 1, LAST_DOUBLING));
        Retry retry = Retry.of(name, RetryConfig.custom()
                .maxAttempts(settings.readAttempts())
                .intervalFunction(doubling)
                .retryOnException(e -> e instanceof RemoteFailure failure
                        && failure.kind() == RemoteFailure.Kind.RETRYABLE && mayRepeat.test(failure))
                .build());
        retry.getEventPublisher().onRetry(event -> {
            LOG.info("Odoo call failed, attempt {} of {} in {} ms: {}", event.getNumberOfRetryAttempts() + 1,
                    settings.readAttempts(), event.getWaitInterval().toMillis(),
                    event.getLastThrowable() == null ? "" : event.getLastThrowable().getMessage());
            waits.accept(event.getWaitInterval());
        });
        return retry;
    }

    private static boolean hadNoEffect(RemoteFailure failure) {
        return failure.getCause() instanceof OdooServerError error && FailureTranslator.isSerializationFailure(error)
                || failure.getCause() instanceof TransportFailure t && t.stage() == TransportFailure.Stage.NOT_DELIVERED;
    }
}
