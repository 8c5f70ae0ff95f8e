package com.kraviabridge.erp.odoo.rpc;

import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.apache.xmlrpc.client.XmlRpcClientConfigImpl;

import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code /xmlrpc/2/common} and {@code /xmlrpc/2/object} through the maintained Apache XML-RPC fork.
 *
 * <p>Apache XML-RPC can deserialise Java objects sent by the server ({@code ex:serializable} values, and the
 * {@code faultCause} of a fault), which lets a hostile or hijacked server run code in the bridge. Both are
 * switched off here: extensions are disabled (so {@code ex:*} values are refused while parsing) and so are
 * exceptions (so {@code faultCause} is never read). Odoo never uses either. With extensions off the library
 * also refuses to send {@code i8} or {@code nil}, which Odoo could not read anyway; {@link XmlRpcValues} turns
 * them into what Odoo expects before they get there.
 */
final class XmlRpcTransport implements OdooTransport {

    private final URI baseUrl;
    private final XmlRpcClient client;
    private final Map<String, XmlRpcClientConfigImpl> configs = new ConcurrentHashMap<>();
    private final Duration timeout;

    XmlRpcTransport(URI baseUrl, Duration timeout) {
        this.baseUrl = baseUrl;
        this.timeout = timeout;
        this.client = new XmlRpcClient();
        this.client.setTransportFactory(new HttpClientXmlRpcTransportFactory(client, new HttpPost(timeout)));
    }

    @Override
    public Object call(String service, String method, List<?> args) {
        XmlRpcClientConfigImpl config = configs.computeIfAbsent(service, this::configFor);
        Object[] params = XmlRpcValues.toWire(args);
        try {
            return XmlRpcValues.fromWire(client.execute(config, method, params));
        } catch (XmlRpcException e) {
            throw XmlRpcFaults.translate(e, method);
        }
    }

    @Override
    public String protocolName() {
        return "xmlrpc";
    }

    private XmlRpcClientConfigImpl configFor(String service) {
        XmlRpcClientConfigImpl config = new XmlRpcClientConfigImpl();
        try {
            config.setServerURL(Endpoints.resolve(baseUrl, "xmlrpc/2/" + service).toURL());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a usable Odoo URL: " + baseUrl, e);
        }
        config.setEnabledForExtensions(false);
        config.setEnabledForExceptions(false);
        config.setEncoding("UTF-8");
        config.setConnectionTimeout((int) timeout.toMillis());
        config.setReplyTimeout((int) timeout.toMillis());
        return config;
    }
}
