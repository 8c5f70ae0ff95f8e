package com.kraviabridge.app.daemon;

import java.time.Duration;

/**
 * How much the bridge's endpoint gives one caller. Webhooks and health checks are small and quick, so a caller
 * that takes longer than these is slow on purpose or broken; either way it must not keep the port from others.
 *
 * @param headerTimeout  time for a request's line and headers to arrive whole, counted from the connection's
 *                       opening or the end of its previous request (trickling bytes does not extend it)
 * @param bodyTimeout    time for a body to arrive whole, from the end of its headers
 * @param idleTimeout    a connection with no traffic for this long is closed
 * @param maxConnections connections open at once; beyond it new ones wait in the accept queue
 * @param maxThreads     threads of the server, for reading, routing and answering
 * @param maxBodyBytes   the largest body taken; a larger one, declared or streamed, is answered 413
 */
record HttpLimits(Duration headerTimeout, Duration bodyTimeout, Duration idleTimeout, int maxConnections,
                  int maxThreads, int maxBodyBytes) {

    static HttpLimits forBodiesUpTo(int maxBodyBytes) {
        return new HttpLimits(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(30), 256, 16,
                maxBodyBytes);
    }

    HttpLimits withTimeouts(Duration header, Duration body, Duration idle) {
        return new HttpLimits(header, body, idle, maxConnections, maxThreads, maxBodyBytes);
    }
}
