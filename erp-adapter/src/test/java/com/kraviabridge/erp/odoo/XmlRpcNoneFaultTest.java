package com.kraviabridge.erp.odoo;

import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.erp.odoo.rpc.OdooServerError;
import com.kraviabridge.erp.odoo.rpc.RpcProtocol;
import com.kraviabridge.sim.odoo.OdooSimulator;
import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.SimDatabase;
import com.kraviabridge.sim.odoo.seed.InvoiceRef;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import com.kraviabridge.sim.odoo.seed.PaymentRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Shows the fault the ledger works around (docs/odoo-notes.md §1.1): over XML-RPC, {@code reconcile} reports a failure
 * although it committed. That the contract suite's settlements pass over XML-RPC therefore proves the read-back.
 */
class XmlRpcNoneFaultTest {

    @ParameterizedTest(name = "Odoo {0}")
    @ValueSource(ints = {16, 17, 18})
    void reconcile_over_xml_rpc_faults_after_committing(int major) {
        try (OdooSimulator sim = OdooSimulator.start(OdooVersion.of(major))) {
            SimDatabase db = sim.addDatabase("acme");
            db.addUser("bot", "pw");
            PartnerRef partner = db.seed().partner("Debtor AS").save();
            InvoiceRef invoice = db.seed().invoice(partner).amount("100.00").save();
            PaymentRef payment = db.seed().outstandingPayment(db.mainCompany(), partner, new BigDecimal("100.00"),
                    LocalDate.now(), "BNK", "outstanding");
            OdooClientSettings settings = new OdooClientSettings(URI.create(sim.url()), "acme", "bot", "pw",
                    RpcProtocol.XMLRPC, 500, Duration.ofSeconds(10));
            FailureTranslator failures = new FailureTranslator("bot", "acme", "pw");
            OdooClient client = new OdooClient(new OdooConnection(settings, failures), settings, failures, d -> { },
                    com.kraviabridge.core.port.RemoteCallListener.NONE);

            List<Long> lines = List.of((long) payment.counterpartLineId(), (long) invoice.receivableLineId());
            assertThatThrownBy(() -> client.write(1, "account.move.line", "reconcile", List.of(lines), Map.of()))
                    .isInstanceOfSatisfying(RemoteFailure.class, f ->
                            assertThat(((OdooServerError) f.getCause()).isUnmarshallableResult()).isTrue());

            Map<String, Object> line = db.read("account.move.line", invoice.receivableLineId(), "reconciled");
            assertThat(line).containsEntry("reconciled", true);
        }
    }
}
