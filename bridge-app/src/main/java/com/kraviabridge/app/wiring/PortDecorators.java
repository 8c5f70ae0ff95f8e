package com.kraviabridge.app.wiring;

import com.kraviabridge.core.port.collector.CaseRegistry;
import com.kraviabridge.core.port.erp.Ledger;
import com.kraviabridge.core.port.collector.SettlementSource;

import java.util.function.UnaryOperator;

/**
 * Hooks around the remote ports. Production uses {@link #none()}; the exactly-once tests wrap the ports to
 * stop the process right after a remote write took effect and before the store heard of it.
 */
public record PortDecorators(UnaryOperator<CaseRegistry> caseRegistry, UnaryOperator<Ledger> ledger,
                             UnaryOperator<SettlementSource> settlements) {

    public static PortDecorators none() {
        return new PortDecorators(UnaryOperator.identity(), UnaryOperator.identity(), UnaryOperator.identity());
    }
}
