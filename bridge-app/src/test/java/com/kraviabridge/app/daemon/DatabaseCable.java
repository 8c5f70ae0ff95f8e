package com.kraviabridge.app.daemon;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP relay between the bridge and its MariaDB that a test can unplug: {@link #cut()} drops every connection
 * and refuses new ones, as a database host gone from the network would; {@link #plugIn()} listens again on the
 * same port.
 */
public final class DatabaseCable implements AutoCloseable {

    private static final Pattern URL = Pattern.compile("jdbc:mariadb://([^:/]+):(\\d+)/(.*)");

    private final String host;
    private final int targetPort;
    private final String rest;
    private final int port;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    /** A cable to the server of {@code jdbcUrl} (host and port given), plugged in. */
    public DatabaseCable(String jdbcUrl) {
        Matcher m = URL.matcher(jdbcUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a jdbc:mariadb://host:port/... url: " + jdbcUrl);
        }
        host = m.group(1);
        targetPort = Integer.parseInt(m.group(2));
        rest = m.group(3);
        port = DaemonFixtures.freePort(); // the same port again after a cut, so not one the kernel may reuse
        listener = listen(port);
    }

    /** The same database, reached through this cable. */
    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + rest;
    }

    public synchronized void cut() {
        closeQuietly(listener);
        listener = null;
        sockets.forEach(DatabaseCable::closeQuietly);
        sockets.clear();
    }

    public synchronized void plugIn() {
        if (listener == null) {
            listener = listen(port);
        }
    }

    private ServerSocket listen(int onPort) {
        try {
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort));
            Thread acceptor = new Thread(() -> accept(server), "db-cable-accept");
            acceptor.setDaemon(true);
            acceptor.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream;
                try {
                    upstream = new Socket(host, targetPort);
                } catch (IOException e) {
                    closeQuietly(client);
                    continue;
                }
                sockets.add(client);
                sockets.add(upstream);
                if (server.isClosed()) { // cut while we connected
                    closeQuietly(client);
                    closeQuietly(upstream);
                    return;
                }
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException ignored) {
                // cut, or one side hung up
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                sockets.remove(from);
                sockets.remove(to);
            }
        }, "db-cable-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        cut();
    }
}
