package com.kraviabridge.sim.odoo;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a call costs Odoo itself, by method and by the number of records it handles: a time per call and a time
 * per row, charged while the call holds the database (so concurrent calls queue behind it, as they do behind a
 * real Odoo's work). A method is looked up as {@code model.method} first, then as {@code method} alone; a method
 * not listed costs nothing. Rows are the records a call is given ({@code write}, {@code unlink}, any method on
 * ids), or the records it answers with or makes ({@code search_read}, {@code read}, {@code create} with a list,
 * {@code load}); any other call counts one row.
 *
 * <pre>{@code
 * sim.faults().rowCosts(RowCosts.measuredOnOdoo18());
 * }</pre>
 */
public final class RowCosts {

    /** The time one call of a method takes, whatever its size, and the time each of its rows adds. */
    public record Cost(Duration perCall, Duration perRow) {
        public Cost {
            Objects.requireNonNull(perCall, "perCall");
            Objects.requireNonNull(perRow, "perRow");
        }

        Duration of(int rows) {
            return perCall.plus(perRow.multipliedBy(Math.max(0, rows)));
        }
    }

    private static final RowCosts NONE = new RowCosts(Map.of());

    private final Map<String, Cost> byMethod;

    private RowCosts(Map<String, Cost> byMethod) {
        this.byMethod = Map.copyOf(byMethod);
    }

    /** Nothing is charged: calls take the simulator's own time only. */
    public static RowCosts none() {
        return NONE;
    }

    /**
     * The costs measured on a real Odoo 18 (2,000 open invoices, loopback, 2 cores): {@code account.move.load}
     * with a value per row about 14 ms per row; {@code write} of one value to 1,000 invoices 2.25 s in all, while
     * one invoice per call takes about 45 ms a call (so about 43 ms per call and 2.25 ms per row);
     * {@code mail.message} {@code create} with a list about 3 ms per message; {@code search_read} of 1,000
     * invoices about 0.2 s (charged on every model); creating and posting an invoice, in batches of 200, about
     * 60 ms per invoice (measured together, charged on {@code account.move.create}).
     */
    public static RowCosts measuredOnOdoo18() {
        return none()
                .with("account.move.load", Duration.ZERO, Duration.ofMillis(14))
                .with("account.move.write", Duration.ofNanos(42_750_000), Duration.ofNanos(2_250_000))
                .with("mail.message.create", Duration.ZERO, Duration.ofMillis(3))
                .with("search_read", Duration.ZERO, Duration.ofNanos(200_000))
                .with("account.move.create", Duration.ZERO, Duration.ofMillis(60));
    }

    /** These costs and one more: {@code method} is {@code model.method}, or a method name for every model. */
    public RowCosts with(String method, Duration perCall, Duration perRow) {
        Map<String, Cost> more = new HashMap<>(byMethod);
        more.put(Objects.requireNonNull(method, "method"), new Cost(perCall, perRow));
        return new RowCosts(more);
    }

    /** The cost of one call, or null when the method costs nothing. */
    public Cost cost(String model, String method) {
        Cost cost = byMethod.get(model + "." + method);
        return cost != null ? cost : byMethod.get(method);
    }

    /** The time a call of {@code method} on {@code model} handling {@code rows} records takes Odoo. */
    public Duration of(String model, String method, int rows) {
        Cost cost = cost(model, method);
        return cost == null ? Duration.ZERO : cost.of(rows);
    }

    public boolean isNone() {
        return byMethod.isEmpty();
    }

    /** Makes the calling thread take the time the call costs. */
    void charge(String model, String method, int rows) {
        Duration time = of(model, method, rows);
        if (time.isZero()) {
            return;
        }
        try {
            Thread.sleep(time.toMillis(), time.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
