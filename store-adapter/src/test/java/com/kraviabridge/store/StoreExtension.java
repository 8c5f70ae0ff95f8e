package com.kraviabridge.store;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gives each test class a {@link Database} of its own: a fresh, migrated database on the shared embedded server
 * (started once per test JVM, stopped when the run ends), dropped after the class.
 */
final class StoreExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(StoreExtension.class);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Override
    public void beforeAll(ExtensionContext context) {
        SharedServer server = context.getRoot().getStore(NS)
                .getOrComputeIfAbsent(SharedServer.class, k -> new SharedServer(), SharedServer.class);
        String name = (SharedServer.DATABASE_PREFIX + SEQUENCE.incrementAndGet() + "_" + context.getRequiredTestClass().getSimpleName())
                .toLowerCase(Locale.ROOT);
        Database database = Database.open(server.settings(server.url(name)).withPoolSize(20));
        context.getStore(NS).put(Database.class, database);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        Database database = context.getStore(NS).remove(Database.class, Database.class);
        if (database == null) {
            return;
        }
        String name = JdbcUrls.database(database.jdbcUrl());
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE `" + name + "`");
        } finally {
            database.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Database.class || type == SharedServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == SharedServer.class) {
            return context.getRoot().getStore(NS).get(SharedServer.class, SharedServer.class);
        }
        return context.getStore(NS).get(Database.class, Database.class);
    }
}
