package com.kraviabridge.sim.odoo.rpc;

import com.kraviabridge.sim.odoo.FaultInjector;
import com.kraviabridge.sim.odoo.RequestStats;
import com.kraviabridge.sim.odoo.orm.OdooError;

import java.time.Duration;

/** What every RPC request goes through before it runs: it is counted, delayed, and maybe picked for a fault. */
final class Admission {
    private final RequestStats stats;
    private final FaultInjector faults;

    Admission(RequestStats stats, FaultInjector faults) {
        this.stats = stats;
        this.faults = faults;
    }

    RequestStats stats() {
        return stats;
    }

    /**
     * Counts the call, applies latency and returns the planned fault, if any. {@code model} and
     * {@code modelMethod} are null for calls that are not ORM calls; plans then match the service and method.
     */
    FaultInjector.Injected admit(String service, String method, String model, String modelMethod) {
        stats.record(service, method, model, modelMethod);
        Duration latency = faults.latency();
        if (!latency.isZero()) {
            try {
                Thread.sleep(latency.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return model != null ? faults.take(model, modelMethod) : faults.take(service, method);
    }

    /** Whether the fault answers in place of the server (the call does not run). */
    static boolean answersInstead(FaultInjector.Injected injected) {
        return injected != null && (injected.kind() == FaultInjector.Kind.HTTP_STATUS
                || injected.kind() == FaultInjector.Kind.DROP_CONNECTION);
    }

    /** Raises the server error the fault stands for, before the call runs; nothing is committed. */
    static void raiseInjected(FaultInjector.Injected injected) {
        if (injected == null) {
            return;
        }
        switch (injected.kind()) {
            case SERIALIZATION_FAILURE -> throw OdooError.serializationFailure();
            case LOCK_ERROR -> throw OdooError.lockError();
            default -> {
                // the others answer instead of the server or after it committed
            }
        }
    }

    /** Whether the call ran and committed but its answer must never leave. */
    static boolean swallowsAnswer(FaultInjector.Injected injected) {
        return injected != null && injected.kind() == FaultInjector.Kind.FAIL_AFTER_COMMIT;
    }
}
