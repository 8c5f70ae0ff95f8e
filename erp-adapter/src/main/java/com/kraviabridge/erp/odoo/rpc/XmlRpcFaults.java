package com.kraviabridge.erp.odoo.rpc;

import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.client.XmlRpcClientException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an Apache XML-RPC exception into either an {@link OdooServerError} (a fault Odoo sent) or a
 * {@link TransportFailure} (the library could not get or read an answer).
 *
 * <p>Odoo's {@code /xmlrpc/2} fault codes: 3 AccessDenied, 4 AccessError, 2 any other UserError
 * (ValidationError, MissingError, ...), 1 anything else with the whole traceback as fault string, whose last
 * line names the exception class.
 */
final class XmlRpcFaults {

    static final String ACCESS_DENIED = "odoo.exceptions.AccessDenied";
    static final String ACCESS_ERROR = "odoo.exceptions.AccessError";
    static final String USER_ERROR = "odoo.exceptions.UserError";

    /** {@code a.b.Class: message}, or an unqualified built-in such as {@code TypeError: message}. */
    private static final Pattern EXCEPTION_LINE = Pattern.compile(
            "^((?:[A-Za-z_]\\w*\\.)+[A-Za-z_]\\w*|[A-Z]\\w*(?:Error|Exception|Failure|Warning|Denied|Detected))(?::\\s*(.*))?$");

    private XmlRpcFaults() {
    }

    static RuntimeException translate(XmlRpcException e, String method) {
        if (e instanceof XmlRpcClientException || e.getCause() != null) {
            return TransportFailure.unreadable("Odoo's XML-RPC answer to " + method + " could not be read safely: "
                    + e.getMessage(), e);
        }
        String faultString = e.getMessage() == null ? "" : e.getMessage();
        return switch (e.code) {
            case 3 -> new OdooServerError(ACCESS_DENIED, faultString);
            case 4 -> new OdooServerError(ACCESS_ERROR, faultString);
            case 2 -> new OdooServerError(USER_ERROR, faultString);
            default -> fromTraceback(faultString);
        };
    }

    /** Fault 1 carries a Python traceback; its last line is {@code module.Class: message}. */
    static OdooServerError fromTraceback(String faultString) {
        String[] lines = faultString.strip().split("\\R");
        for (int i = lines.length - 1; i >= 0; i--) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = EXCEPTION_LINE.matcher(line);
            if (m.matches()) {
                return new OdooServerError(m.group(1), m.group(2) == null ? "" : m.group(2));
            }
            return new OdooServerError("", line);
        }
        return new OdooServerError("", faultString);
    }
}
