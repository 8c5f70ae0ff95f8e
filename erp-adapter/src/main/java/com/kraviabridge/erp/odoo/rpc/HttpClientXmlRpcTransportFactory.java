package com.kraviabridge.erp.odoo.rpc;

import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.apache.xmlrpc.client.XmlRpcClientException;
import org.apache.xmlrpc.client.XmlRpcHttpClientConfig;
import org.apache.xmlrpc.client.XmlRpcHttpTransport;
import org.apache.xmlrpc.client.XmlRpcTransport;
import org.apache.xmlrpc.client.XmlRpcTransportFactoryImpl;
import org.apache.xmlrpc.common.XmlRpcStreamRequestConfig;
import org.xml.sax.SAXException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;

/**
 * Sends Apache XML-RPC requests through {@link HttpPost} (java.net.http) instead of HttpURLConnection, so both
 * protocols share one timeout and one way of telling "never delivered" from "no answer".
 */
final class HttpClientXmlRpcTransportFactory extends XmlRpcTransportFactoryImpl {

    private final HttpPost http;

    HttpClientXmlRpcTransportFactory(XmlRpcClient client, HttpPost http) {
        super(client);
        this.http = http;
    }

    @Override
    public XmlRpcTransport getTransport() {
        return new Exchange(getClient(), http);
    }

    /** One request and its response; the library creates one per call. */
    private static final class Exchange extends XmlRpcHttpTransport {

        private final HttpPost http;
        private XmlRpcHttpClientConfig config;
        private byte[] response;

        Exchange(XmlRpcClient client, HttpPost http) {
            super(client, "kravia-bridge-odoo");
            this.http = http;
        }

        @Override
        public Object sendRequest(org.apache.xmlrpc.XmlRpcRequest request) throws XmlRpcException {
            config = (XmlRpcHttpClientConfig) request.getConfig();
            return super.sendRequest(request);
        }

        @Override
        protected void setRequestHeader(String header, String value) {
            // java.net.http sets Content-Type, length and agent itself.
        }

        @Override
        protected void close() throws XmlRpcClientException {
            response = null;
        }

        @Override
        protected boolean isResponseGzipCompressed(XmlRpcStreamRequestConfig requestConfig) {
            return false;
        }

        @Override
        protected InputStream getInputStream() {
            return new ByteArrayInputStream(response);
        }

        @Override
        protected void writeRequest(ReqWriter writer) throws XmlRpcException, IOException, SAXException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            writer.write(body);
            try {
                response = http.post(config.getServerURL().toURI(), "text/xml; charset=UTF-8", body.toByteArray());
            } catch (URISyntaxException e) {
                throw new XmlRpcClientException("not a usable Odoo URL: " + config.getServerURL(), e);
            }
        }
    }
}
