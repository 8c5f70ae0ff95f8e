package com.kraviabridge.erp.odoo.contract;

import com.kraviabridge.erp.odoo.rpc.OdooTransport;
import com.kraviabridge.erp.odoo.rpc.RpcProtocol;
import com.kraviabridge.erp.odoo.rpc.Transports;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Raw {@code execute_kw} calls for the tests themselves: to set data up and to check what the adapter did, without
 * going through the adapter under test. Over the protocol the test runs with (an Odoo 20 has nothing but JSON-2,
 * where the password must be an API key), except XML-RPC.
 */
public final class AdminRpc {

    private final OdooTransport transport;
    private final String database;
    private final String password;
    private final long uid;
    private final long companyId;

    public AdminRpc(URI url, RpcProtocol protocol, String database, String login, String password, long companyId) {
        // XML-RPC faults on methods returning None; the tests' own calls go over JSON-RPC instead.
        RpcProtocol own = protocol == RpcProtocol.XMLRPC ? RpcProtocol.JSONRPC : protocol;
        this.transport = Transports.open(url, own, Duration.ofSeconds(60)).transport();
        this.database = database;
        this.password = password;
        Object answer = transport.call("common", "authenticate", List.of(database, login, password, Map.of()));
        if (!(answer instanceof Number n)) {
            throw new IllegalStateException("cannot log in to " + url + " as " + login);
        }
        this.uid = n.longValue();
        this.companyId = companyId;
    }

    public long uid() {
        return uid;
    }

    /** The protocol that answered: {@code json2}, {@code jsonrpc} or {@code xmlrpc}. */
    public String protocol() {
        return transport.protocolName();
    }

    /** The server's major version, from {@code common.version()}. */
    public int serverMajor() {
        Map<?, ?> version = (Map<?, ?>) transport.call("common", "version", List.of());
        Object first = ((List<?>) version.get("server_version_info")).get(0);
        String digits = String.valueOf(first).replaceAll("\\D", "");
        return Integer.parseInt(digits);
    }

    public AdminRpc inCompany(long company) {
        return new AdminRpc(this, company);
    }

    private AdminRpc(AdminRpc other, long company) {
        this.transport = other.transport;
        this.database = other.database;
        this.password = other.password;
        this.uid = other.uid;
        this.companyId = company;
    }

    public Object call(String model, String method, List<?> args, Map<String, ?> kwargs) {
        Map<String, Object> all = new HashMap<>(kwargs);
        if (companyId != 0) {
            Map<String, Object> context = new HashMap<>();
            if (kwargs.get("context") instanceof Map<?, ?> given) {
                given.forEach((k, v) -> context.put(String.valueOf(k), v));
            }
            context.put("allowed_company_ids", List.of(companyId));
            all.put("context", context);
        }
        return transport.executeKw(database, uid, password, model, method, args, all);
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> searchRead(String model, List<?> domain, List<String> fields) {
        return (List<Map<String, Object>>) call(model, "search_read", List.of(domain),
                Map.of("fields", fields, "order", "id asc"));
    }

    public Map<String, Object> readOne(String model, long id, List<String> fields) {
        List<Map<String, Object>> rows = searchRead(model, List.of(List.of("id", "=", id)), fields);
        if (rows.isEmpty()) {
            throw new IllegalStateException(model + " " + id + " not found");
        }
        return rows.get(0);
    }

    public long create(String model, Map<String, ?> values) {
        Object answer = call(model, "create", List.of(values), Map.of());
        return answer instanceof List<?> l ? ((Number) l.get(0)).longValue() : ((Number) answer).longValue();
    }

    public long count(String model, List<?> domain) {
        return ((Number) call(model, "search_count", List.of(domain), Map.of())).longValue();
    }

    /** The id of a many2one value ({@code [id, name]} or false). */
    public static long idOf(Object many2one) {
        if (many2one instanceof List<?> pair && !pair.isEmpty()) {
            return ((Number) pair.get(0)).longValue();
        }
        return many2one instanceof Number n ? n.longValue() : 0;
    }

    /** The highest id of the model, as a floor for "records made by this test". */
    public long maxId(String model) {
        List<Map<String, Object>> rows = castList(call(model, "search_read", List.of(List.of()),
                Map.of("fields", List.of("id"), "order", "id desc", "limit", 1)));
        return rows.isEmpty() ? 0 : ((Number) rows.get(0).get("id")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> castList(Object o) {
        return (List<Map<String, Object>>) o;
    }
}
