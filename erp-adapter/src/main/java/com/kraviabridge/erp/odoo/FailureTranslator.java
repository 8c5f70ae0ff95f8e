package com.kraviabridge.erp.odoo;

import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.port.RemoteFailure.Kind;
import com.kraviabridge.core.port.SecretMask;
import com.kraviabridge.erp.odoo.rpc.OdooServerError;
import com.kraviabridge.erp.odoo.rpc.ProtocolUnavailable;
import com.kraviabridge.erp.odoo.rpc.TransportFailure;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns what went wrong in a call into the core's {@link RemoteFailure}, keeping Odoo's own message (decoded from
 * the wire, then masked: Odoo's text never shows the password or API key, in any encoding). Kinds are decided by
 * the server-side exception class, never by JSON-RPC's {@code error.code} (docs/odoo-notes.md §1.3), so the same
 * failure reads the same over every protocol: JSON-2's 401 is a refused key like XML-RPC's AccessDenied, its 409
 * (LockError) a rolled-back conflict that is retried, its 404 NotFound and 422 UnprocessableEntity permanent.
 */
final class FailureTranslator {

    private static final Set<String> USER_ERRORS = Set.of("UserError", "ValidationError", "MissingError",
            "RedirectWarning", "Warning", "except_orm");

    /** What an administrator does about a refused key; JSON-2 accepts nothing else. */
    static final String API_KEY_HELP = "JSON-2 (Odoo 19 and later) needs an API key of the bridge's Odoo user in"
            + " odoo.password, not the login password, and the key may have expired: an administrator makes a new"
            + " one logged in as that user under Preferences > Account Security > New API Key";

    private final String username;
    private final String database;
    private final SecretMask password;

    FailureTranslator(String username, String database, String password) {
        this.username = username;
        this.database = database;
        this.password = SecretMask.of(List.of(password));
    }

    RemoteFailure translate(RuntimeException failure, Call call) {
        return password.apply(unmasked(failure, call));
    }

    private RemoteFailure unmasked(RuntimeException failure, Call call) {
        if (failure instanceof RemoteFailure remote) {
            return remote;
        }
        if (failure instanceof OdooServerError error) {
            return fromServer(error, call);
        }
        if (failure instanceof TransportFailure transport) {
            return fromTransport(transport, call);
        }
        if (failure instanceof ProtocolUnavailable unavailable) {
            return RemoteFailure.permanent(RemoteFailure.Side.ERP, unavailable.getMessage());
        }
        return new RemoteFailure(Kind.PERMANENT, RemoteFailure.Side.ERP,
                "calling " + call.describe() + " in Odoo failed: " + failure.getMessage(), failure);
    }

    RemoteFailure badCredentials() {
        return RemoteFailure.permanent(RemoteFailure.Side.ERP, "Odoo refused the login of user '" + username
                + "' on database '" + database + "': wrong password or API key, or the user is archived");
    }

    private RemoteFailure fromServer(OdooServerError error, Call call) {
        String name = error.simpleName();
        String message = error.serverMessage();
        if (isSerializationFailure(error)) {
            return failure(Kind.RETRYABLE, "Odoo could not complete " + call.describe()
                    + " because of a concurrent update; it was rolled back: " + message, error);
        }
        if ("Unauthorized".equals(name)) {
            return RemoteFailure.accessRefused(RemoteFailure.Side.ERP, "Odoo refused the API key of user '"
                    + username + "' on database '" + database + "' during " + call.describe() + " (" + message
                    + "). " + API_KEY_HELP, null, error);
        }
        if ("AccessDenied".equals(name)) {
            return RemoteFailure.accessRefused(RemoteFailure.Side.ERP, "Odoo refused the credentials of user '"
                    + username + "' on database '" + database + "' during " + call.describe()
                    + " (password or API key wrong, revoked or expired): " + message, null, error);
        }
        if ("AccessError".equals(name)) {
            return RemoteFailure.accessRefused(RemoteFailure.Side.ERP, "Odoo does not allow user '" + username
                    + "' to " + call.method() + (call.model() == null ? "" : " on " + call.model()) + ": " + message,
                    null, error);
        }
        if (USER_ERRORS.contains(name)) {
            return failure(Kind.PERMANENT, "Odoo refused " + call.describe() + " (" + name + "): " + message, error);
        }
        if ("SessionExpiredException".equals(name)) {
            return failure(Kind.RETRYABLE, "Odoo's session expired during " + call.describe() + ": " + message, error);
        }
        String what = name.isEmpty() ? "" : error.exceptionName() + ": ";
        return failure(Kind.PERMANENT, "Odoo failed on " + call.describe() + ": " + what + message, error);
    }

    private RemoteFailure fromTransport(TransportFailure failure, Call call) {
        String message = failure.getMessage() + " (" + call.describe() + ")";
        return switch (failure.stage()) {
            case NOT_DELIVERED -> failure(Kind.RETRYABLE, message, failure);
            case NO_RESPONSE -> failure(call.write() ? Kind.OUTCOME_UNKNOWN : Kind.RETRYABLE,
                    call.write() ? message + "; it may or may not have taken effect" : message, failure);
            case HTTP_STATUS -> fromStatus(failure, call, message);
            case UNREADABLE_RESPONSE -> failure(call.write() ? Kind.OUTCOME_UNKNOWN : Kind.PERMANENT, message, failure);
        };
    }

    private RemoteFailure fromStatus(TransportFailure failure, Call call, String message) {
        int status = failure.httpStatus();
        if (status == 429 || status == 503) {
            // Refused before the request reached Odoo's workers: nothing happened.
            return failure(Kind.RETRYABLE, message, failure);
        }
        if (status >= 500) {
            // A gateway may have given up while Odoo was still working on a write.
            return failure(call.write() ? Kind.OUTCOME_UNKNOWN : Kind.RETRYABLE, message, failure);
        }
        if (status == 404) {
            return failure(Kind.PERMANENT, message + ": the URL does not lead to Odoo's RPC endpoint "
                    + "(check odoo.url and odoo.protocol)", failure);
        }
        return failure(Kind.PERMANENT, message, failure);
    }

    static boolean isSerializationFailure(OdooServerError error) {
        String name = error.simpleName();
        String text = error.serverMessage().toLowerCase(Locale.ROOT);
        return name.equals("SerializationFailure") || name.equals("TransactionRollbackError")
                || name.equals("DeadlockDetected") || name.equals("LockNotAvailable") || name.equals("LockError")
                || text.contains("could not serialize access") || text.contains("deadlock detected");
    }

    private static RemoteFailure failure(Kind kind, String message, Throwable cause) {
        return new RemoteFailure(kind, RemoteFailure.Side.ERP, message, cause);
    }
}
