package com.kraviabridge.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay in front of a MariaDB that a test can make hang: while {@link #hang() hung} it takes every new
 * connection and never says a word, as a server host that is overloaded, or a firewall that lets the handshake
 * through to nothing, would; the connections it relayed before are dropped. {@link #heal()} relays again.
 * Without a target it only ever hangs.
 */
final class HangingRelay implements AutoCloseable {

    private final InetSocketAddress target;
    private final ServerSocket listener;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final AtomicInteger heldSilently = new AtomicInteger();
    private volatile boolean hung;

    /** A relay that hangs every connection: a server that accepts and then never answers. */
    static HangingRelay silent() {
        return new HangingRelay(null);
    }

    /** A relay to {@code host:port}, relaying until {@link #hang()}. */
    static HangingRelay to(String host, int port) {
        return new HangingRelay(new InetSocketAddress(host, port));
    }

    private HangingRelay(InetSocketAddress target) {
        this.target = target;
        this.hung = target == null;
        try {
            listener = new ServerSocket();
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "hanging-relay-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** How many connections were taken and left without an answer so far. */
    int heldSilently() {
        return heldSilently.get();
    }

    synchronized void hang() {
        hung = true;
        closeAll();
    }

    synchronized void heal() {
        if (target == null) {
            throw new IllegalStateException("a silent relay has nothing to relay to");
        }
        hung = false;
        closeAll();
    }

    private void accept() {
        while (!listener.isClosed()) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException closed) {
                return;
            }
            sockets.add(client);
            synchronized (this) {
                if (hung) {
                    heldSilently.incrementAndGet();
                    continue;
                }
            }
            try {
                Socket upstream = new Socket(target.getAddress(), target.getPort());
                sockets.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                closeQuietly(client);
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException ignored) {
                // dropped by hang(), or one side hung up
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                sockets.remove(from);
                sockets.remove(to);
            }
        }, "hanging-relay-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private void closeAll() {
        sockets.forEach(HangingRelay::closeQuietly);
        sockets.clear();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // already closed
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly(listener);
        closeAll();
    }
}
