/**
 * The store ports of {@code bridge-core} on MariaDB.
 *
 * <p>{@link com.kraviabridge.store.Database#open(StoreSettings)} is the way in: it starts the embedded MariaDB
 * when no url is configured ({@link com.kraviabridge.store.EmbeddedMariaDb}), creates the database if needed,
 * applies the Flyway migrations under {@code com/kraviabridge/store/migration} (the bridge's tables, then
 * Quartz's job store tables) and hands out the port implementations ({@code Jdbc*}) on one HikariCP pool.
 *
 * <p>Conventions of every table: InnoDB and utf8mb4; instants as DATETIME(6) holding UTC; amounts as
 * DECIMAL(19,2) next to a CHAR(3) currency; each port call is one or a few autocommit statements, so no
 * transaction spans a remote call.
 */
package com.kraviabridge.store;
