package com.kraviabridge.erp.odoo;

import com.kraviabridge.core.port.RemoteCallListener;
import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.erp.odoo.rpc.OdooServerError;
import com.kraviabridge.erp.odoo.rpc.TransportFailure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code execute_kw} with what every call of the bridge needs: the company in the context
 * ({@code allowed_company_ids}, without which other companies' records are invisible), Odoo's errors in the
 * core's terms, and a few retries with back-off for reads ({@link OdooRetries}). Writes are not repeated
 * blindly: a write whose answer never came is reported as {@link RemoteFailure.Kind#OUTCOME_UNKNOWN} for the
 * caller to look up.
 */
final class OdooClient {

    /** No company context: for calls that are not about one company's books. */
    static final long NO_COMPANY = 0;

    private final OdooConnection connection;
    private final OdooClientSettings settings;
    private final OdooRetries retries;
    private final RemoteCallListener listener;

    /** @param waits hears of every wait before a further attempt (tests record them) */
    OdooClient(OdooConnection connection, OdooClientSettings settings, FailureTranslator failures,
               Consumer<Duration> waits, RemoteCallListener listener) {
        this.connection = connection;
        this.settings = settings;
        this.retries = new OdooRetries(settings, failures, listener, waits);
        this.listener = listener;
    }

    OdooDialect dialect() {
        return retries.attempt(Call.read(null, "login"), () -> connection.session().dialect());
    }

    OdooConnection.Session session() {
        return retries.attempt(Call.read(null, "login"), connection::session);
    }

    int pageSize() {
        return settings.pageSize();
    }

    // ---- reads -------------------------------------------------------------------------------------------

    Object read(long companyId, String model, String method, List<?> args, Map<String, ?> kwargs) {
        Call call = Call.read(model, method);
        return retries.attempt(call, () -> execute(companyId, model, method, args, kwargs));
    }

    List<OdooRecord> searchRead(long companyId, String model, Domain domain, List<String> fields, String order,
                                int limit) {
        return OdooRecord.listOf(read(companyId, model, "search_read", List.of(domain.toList()),
                searchKwargs(fields, order, limit)));
    }

    /**
     * Reads records by id in chunks of the page size, archived ones included (an archived customer's invoice
     * is still owed); ids that no longer exist are left out.
     */
    List<OdooRecord> readByIds(long companyId, String model, Collection<Long> ids, List<String> fields) {
        List<OdooRecord> records = new ArrayList<>();
        for (List<Long> chunk : Chunks.of(ids, pageSize())) {
            // search_read on the ids instead of read(): read() raises MissingError for a deleted id.
            Map<String, Object> kwargs = searchKwargs(fields, "id asc", 0);
            kwargs.put("context", Map.of("active_test", false));
            records.addAll(OdooRecord.listOf(read(companyId, model, "search_read",
                    List.of(Domain.where("id", "in", chunk).toList()), kwargs)));
        }
        return records;
    }

    private static Map<String, Object> searchKwargs(List<String> fields, String order, int limit) {
        Map<String, Object> kwargs = new HashMap<>();
        kwargs.put("fields", fields);
        if (order != null) {
            kwargs.put("order", order);
        }
        if (limit > 0) {
            kwargs.put("limit", limit);
        }
        return kwargs;
    }

    // ---- writes ------------------------------------------------------------------------------------------

    Object write(long companyId, String model, String method, List<?> args, Map<String, ?> kwargs) {
        session();
        Call call = Call.write(model, method);
        return retries.attempt(call, () -> execute(companyId, model, method, args, kwargs));
    }

    /**
     * A write whose effect the caller verifies by reading back, because its answer may be lost even when it
     * worked: a method returning None or recordsets faults over XML-RPC after committing (docs/odoo-notes.md §1.1), and
     * a timed-out call may have committed too.
     *
     * @return null when Odoo confirmed; else the failure to report if the read-back finds no effect
     */
    RemoteFailure writeToVerify(long companyId, String model, String method, List<?> args, Map<String, ?> kwargs) {
        try {
            write(companyId, model, method, args, kwargs);
            return null;
        } catch (RemoteFailure failure) {
            if (failure.getCause() instanceof OdooServerError error && error.isUnmarshallableResult()) {
                return RemoteFailure.permanent(RemoteFailure.Side.ERP, "Odoo ran " + method + " on " + model
                        + " but it had no visible effect (its answer was: " + error.serverMessage() + ")");
            }
            if (failure.kind() == RemoteFailure.Kind.OUTCOME_UNKNOWN) {
                return failure;
            }
            throw failure;
        }
    }

    long create(long companyId, String model, Map<String, ?> values) {
        return create(companyId, model, values, Map.of());
    }

    /** {@link #create(long, String, Map)} with these keys added to the call's context. */
    long create(long companyId, String model, Map<String, ?> values, Map<String, ?> context) {
        // Values go positionally: create with only kwargs crashes in 16-18 (docs/odoo-notes.md §2.1). One dict in, one
        // id out.
        Object answer = write(companyId, model, "create", List.of(values),
                context.isEmpty() ? Map.of() : Map.of("context", context));
        if (answer instanceof Number n) {
            return n.longValue();
        }
        if (answer instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Number n) {
            return n.longValue();
        }
        throw RemoteFailure.permanent(RemoteFailure.Side.ERP, "Odoo's create on " + model
                + " did not answer with the new id: " + answer);
    }

    // ---- mechanics ---------------------------------------------------------------------------------------

    private Object execute(long companyId, String model, String method, List<?> args, Map<String, ?> kwargs) {
        OdooConnection.Session session = connection.session();
        Map<String, Object> allKwargs = new HashMap<>(kwargs);
        if (companyId != NO_COMPANY) {
            Map<String, Object> context = new HashMap<>();
            Object given = kwargs.get("context");
            if (given instanceof Map<?, ?> map) {
                map.forEach((k, v) -> context.put(String.valueOf(k), v));
            }
            context.put("allowed_company_ids", List.of(companyId));
            allKwargs.put("context", context);
        }
        long started = System.nanoTime();
        String outcome = "ok";
        try {
            return session.transport().executeKw(settings.database(), session.uid(), settings.password(), model, method,
                    args, allKwargs);
        } catch (RuntimeException e) {
            outcome = outcome(e);
            throw e;
        } finally {
            listener.answered(model + "." + method, outcome, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** How a call ended, for the listener: Odoo's own error, or the stage at which no usable answer came. */
    private static String outcome(RuntimeException e) {
        if (e instanceof OdooServerError) {
            return "odoo_error";
        }
        if (e instanceof TransportFailure t) {
            return t.stage().name().toLowerCase(Locale.ROOT);
        }
        return "error";
    }
}
