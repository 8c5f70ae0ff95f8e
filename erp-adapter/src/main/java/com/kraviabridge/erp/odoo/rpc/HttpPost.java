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
 * One HTTP request with a timeout, shared by every protocol so that they tell "never delivered" from "no answer"
 * the same way: the difference decides whether a write may have happened.
 */
final class HttpPost {

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
        Answer answer = send(HttpRequest.newBuilder(uri)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        if (!answer.isSuccess()) {
            throw TransportFailure.httpStatus(answer.status(), "Odoo at " + hostOf(uri) + " answered HTTP "
                    + answer.status() + " for " + uri.getPath());
        }
        return answer.body();
    }

    /**
     * Sends the request with the bridge's timeout and User-Agent and hands back whatever status came, for
     * protocols that answer errors with an HTTP status and a body that explains it.
     */
    Answer send(HttpRequest.Builder builder) {
        HttpRequest request = builder.timeout(timeout).header("User-Agent", BridgeAgent.USER_AGENT).build();
        URI uri = request.uri();
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
        return new Answer(response.statusCode(), response.body());
    }

    /** An HTTP status and the body that came with it. */
    record Answer(int status, byte[] body) {

        boolean isSuccess() {
            return status >= 200 && status <= 299;
        }
    }

    static String hostOf(URI uri) {
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
