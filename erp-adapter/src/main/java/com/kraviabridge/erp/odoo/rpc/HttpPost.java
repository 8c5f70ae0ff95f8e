package com.kraviabridge.erp.odoo.rpc;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

/**
 * One HTTP POST with a timeout, shared by both protocols so that they tell "never delivered" from "no answer"
 * the same way: the difference decides whether a write may have happened.
 */
final class HttpPost {

    private static final String USER_AGENT = "kravia-bridge-odoo";

    private final HttpClient client;
    private final Duration timeout;

    HttpPost(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    byte[] post(URI uri, String contentType, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", contentType)
                .header("User-Agent", USER_AGENT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw TransportFailure.notDelivered("cannot connect to Odoo at " + hostOf(uri) + ": " + describe(e), e);
        } catch (HttpTimeoutException e) {
            throw TransportFailure.noResponse("Odoo at " + hostOf(uri) + " did not answer within "
                    + timeout.toSeconds() + " s", e);
        } catch (IOException e) {
            if (rootCause(e) instanceof ConnectException || rootCause(e) instanceof UnresolvedAddressException) {
                throw TransportFailure.notDelivered("cannot connect to Odoo at " + hostOf(uri) + ": " + describe(e), e);
            }
            throw TransportFailure.noResponse("the connection to Odoo at " + hostOf(uri) + " broke: " + describe(e), e);
        } catch (IllegalArgumentException e) {
            throw TransportFailure.notDelivered("cannot reach Odoo at " + hostOf(uri) + ": " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw TransportFailure.noResponse("interrupted while waiting for Odoo", e);
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw TransportFailure.httpStatus(status, "Odoo at " + hostOf(uri) + " answered HTTP " + status
                    + " for " + uri.getPath());
        }
        return response.body();
    }

    private static String hostOf(URI uri) {
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String describe(Throwable e) {
        Throwable root = rootCause(e);
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }
}
