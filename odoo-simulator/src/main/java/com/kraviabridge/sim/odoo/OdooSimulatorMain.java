package com.kraviabridge.sim.odoo;

import com.kraviabridge.sim.odoo.seed.InvoiceRef;
import com.kraviabridge.sim.odoo.seed.PartnerRef;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a simulator standalone for demos:
 * {@code java -cp ... com.kraviabridge.sim.odoo.OdooSimulatorMain --version 17 --port 8069 --db demo
 * --user bot --password secret --api-key demo-key --invoices 25}. It seeds overdue invoices (some
 * partly paid, one credited) and runs until the process is stopped. Versions 16 to 20; from 19 JSON-2 takes
 * only the API key, and 20 has nothing else.
 */
public final class OdooSimulatorMain {
    private OdooSimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> opts = parse(args);
        OdooVersion version = OdooVersion.of(Integer.parseInt(opts.getOrDefault("version", "17")));
        int port = Integer.parseInt(opts.getOrDefault("port", "8069"));
        OdooSimulator sim = OdooSimulator.start(version, port);
        SimDatabase db = sim.addDatabase(opts.getOrDefault("db", "demo"));
        SimUser user = db.addUser(opts.getOrDefault("user", "bot"), opts.getOrDefault("password", "secret"));
        if (opts.containsKey("api-key")) {
            user.apiKey(opts.get("api-key"));
        }
        db.addUser(opts.getOrDefault("admin", "admin"), opts.getOrDefault("admin-password", "admin")).admin();
        seedDemo(db, Integer.parseInt(opts.getOrDefault("invoices", "25")));
        System.out.println("Odoo " + version.serverVersion() + " simulator listening on " + sim.url()
                + " (database " + db.name() + ", user " + user.login() + ", uid " + user.uid() + ")");
        Runtime.getRuntime().addShutdownHook(new Thread(sim::close));
        new CountDownLatch(1).await();
    }

    private static void seedDemo(SimDatabase db, int invoices) {
        db.seed().mainCompany().name("Demo Kreditor AS").orgNumber("912345670").vat("NO912345670MVA")
                .address("Karl Johans gate 1", "0154", "Oslo").email("post@kreditor.example").save();
        PartnerRef[] customers = {
            db.seed().partner("Nordlys Bygg AS").orgNumber("998877661").address("Storgata 10", "9008", "Tromsø", "NO")
                    .email("faktura@nordlys.example").save(),
            db.seed().partner("Fjord Fisk AS").orgNumber("998877662").address("Bryggen 3", "5003", "Bergen", "NO")
                    .save(),
            db.seed().partner("Kari Nordmann").person().address("Skogveien 5", "1360", "Fornebu", "NO")
                    .email("kari@example.no").save(),
            db.seed().partner("Uten Adresse AS").orgNumber("998877663").save()
        };
        LocalDate base = LocalDate.now().minusDays(90);
        for (int i = 0; i < invoices; i++) {
            InvoiceRef inv = db.seed().invoice(customers[i % customers.length])
                    .amount(BigDecimal.valueOf(500 + 125L * i)).invoiceDate(base.plusDays(i))
                    .dueDate(base.plusDays(i + 14)).paymentReference(String.format("%010d", 1000 + i)).save();
            if (i % 5 == 1) {
                db.seed().registerPayment(inv.id(), new BigDecimal("200"), base.plusDays(i + 20), "BNK", "Delbetaling");
            } else if (i % 7 == 3) {
                db.seed().creditNote(inv.id(), new BigDecimal("100"), true);
            }
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value pairs, got " + args[i]);
            }
            out.put(args[i].substring(2), args[i + 1]);
        }
        return out;
    }
}
