package com.kraviabridge.app.e2e;

import com.kraviabridge.app.wiring.Bridge;
import com.kraviabridge.app.wiring.PortDecorators;
import com.kraviabridge.config.ConfigLoader;
import com.kraviabridge.core.domain.Credit;
import com.kraviabridge.core.domain.DirectPayment;
import com.kraviabridge.core.domain.JournalEntry;
import com.kraviabridge.core.domain.NewCase;
import com.kraviabridge.core.domain.PostedEntry;
import com.kraviabridge.core.domain.RegisteredCase;
import com.kraviabridge.core.port.collector.CaseRegistry;
import com.kraviabridge.core.port.erp.Ledger;
import com.kraviabridge.core.port.collector.SettlementSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A bridge process that dies the hard way (no shutdown hooks, no finally blocks) right after a chosen remote
 * write took effect and before the store could record it: the worst moment for exactly-once.
 *
 * <p>Usage: {@code CrashingSync <config file> <register|payment|credit|post|bookkeep>}; exits with
 * {@link #CRASH_EXIT} when it crashed as asked, 0 when the chosen write never happened.
 */
public final class CrashingSync {

    static final int CRASH_EXIT = 77;

    private CrashingSync() {
    }

    public static void main(String[] args) {
        String write = args[1];
        PortDecorators crash = new PortDecorators(
                registry -> write.equals("register") || write.equals("payment") || write.equals("credit")
                        ? crashingRegistry(registry, write) : registry,
                ledger -> write.equals("post") ? crashingLedger(ledger) : ledger,
                settlements -> write.equals("bookkeep") ? crashingSettlements(settlements) : settlements);
        try (Bridge bridge = Bridge.start(new ConfigLoader(Map.of()).load(Path.of(args[0])).settings(),
                Clock.systemUTC(), crash)) {
            bridge.synchronisation().run(Set.of(), false, report -> { });
        }
        System.exit(0);
    }

    private static void die() {
        Runtime.getRuntime().halt(CRASH_EXIT);
    }

    private static CaseRegistry crashingRegistry(CaseRegistry real, String write) {
        return new CaseRegistry() {
            @Override
            public RegisteredCase register(NewCase newCase) {
                RegisteredCase registered = real.register(newCase);
                if (write.equals("register")) {
                    die();
                }
                return registered;
            }

            @Override
            public Optional<RegisteredCase> findByAccountingInvoiceId(long creditorId, String ref, LocalDateTime notBefore) {
                return real.findByAccountingInvoiceId(creditorId, ref, notBefore);
            }

            @Override
            public void registerPayment(long creditorId, DirectPayment payment) {
                real.registerPayment(creditorId, payment);
                if (write.equals("payment")) {
                    die();
                }
            }

            @Override
            public void registerCredit(long creditorId, Credit credit) {
                real.registerCredit(creditorId, credit);
                if (write.equals("credit")) {
                    die();
                }
            }
        };
    }

    private static Ledger crashingLedger(Ledger real) {
        return new ForwardingLedger(real) {
            @Override
            public PostedEntry post(JournalEntry entry) {
                real.post(entry);
                die();
                throw new IllegalStateException("unreachable");
            }

            @Override
            public PostedEntry postNew(JournalEntry entry) {
                real.postNew(entry);
                die();
                throw new IllegalStateException("unreachable");
            }
        };
    }

    private static SettlementSource crashingSettlements(SettlementSource real) {
        return new SettlementSource() {
            @Override
            public java.util.Map<Long, java.util.List<com.kraviabridge.core.domain.Settlement>> openSettlements(
                    java.util.Collection<Long> creditorIds) {
                return real.openSettlements(creditorIds);
            }

            @Override
            public void markBookkept(long creditorId, String settlementId, String internalAccountingId) {
                real.markBookkept(creditorId, settlementId, internalAccountingId);
                die();
            }
        };
    }
}
