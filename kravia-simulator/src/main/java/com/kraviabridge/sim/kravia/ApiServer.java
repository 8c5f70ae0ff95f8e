package com.kraviabridge.sim.kravia;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The JDK's HTTP server on loopback, on a port the system picks. Requests run on a pool that grows as needed, so
 * an answer held back by a fault does not block the others.
 */
final class ApiServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService pool;
    private final ExchangeHandler handler;

    ApiServer(ExchangeHandler handler) {
        this.handler = handler;
        this.pool = Executors.newCachedThreadPool(Threads.daemon("kravia-sim-http"));
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("could not open a loopback port for the Kravia simulator", e);
        }
        server.createContext("/", handler);
        server.setExecutor(pool);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    String host() {
        return server.getAddress().getAddress().getHostAddress();
    }

    @Override
    public void close() {
        handler.release();
        server.stop(0);
        pool.shutdownNow();
    }
}
