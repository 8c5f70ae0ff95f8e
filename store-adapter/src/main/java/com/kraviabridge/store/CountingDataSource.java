package com.kraviabridge.store;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * A data source that hands out connections whose statements report to a {@link StatementCounter}. Dynamic
 * proxies keep this independent of the driver and pool classes: only the execute methods are looked at, every
 * other call goes straight through.
 */
final class CountingDataSource implements DataSource {

    private final DataSource target;
    private final StatementCounter counter;
    private final StoreServer server;

    /** @param server what the store's statements report when the server is lost; {@link #unwrap} hands it out */
    CountingDataSource(DataSource target, StatementCounter counter, StoreServer server) {
        this.target = target;
        this.counter = counter;
        this.server = server;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(target.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(target.getConnection(username, password));
    }

    private Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new ConnectionHandler(connection));
    }

    private final class ConnectionHandler implements InvocationHandler {

        private final Connection connection;

        ConnectionHandler(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            Object result = forward(connection, method, args);
            if (result instanceof CallableStatement) {
                return statementProxy(result, CallableStatement.class, (Connection) proxy);
            }
            if (result instanceof PreparedStatement) {
                return statementProxy(result, PreparedStatement.class, (Connection) proxy);
            }
            if (result instanceof Statement) {
                return statementProxy(result, Statement.class, (Connection) proxy);
            }
            return result;
        }
    }

    private Object statementProxy(Object statement, Class<?> type, Connection connectionProxy) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("getConnection") && method.getParameterCount() == 0) {
                // Callers that reach the connection through the statement stay on the counted side.
                return connectionProxy;
            }
            if (name.startsWith("execute")) {
                counter.executed();
            } else if (name.equals("addBatch")) {
                counter.batched();
            }
            return forward(statement, method, args);
        };
        return Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object forward(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            // The caller must see the driver's SQLException, not reflection's wrapper.
            throw e.getCause();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface == StoreServer.class) {
            return iface.cast(server);
        }
        return iface.isInstance(this) ? iface.cast(this) : target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface == StoreServer.class || iface.isInstance(this) || target.isWrapperFor(iface);
    }
}
