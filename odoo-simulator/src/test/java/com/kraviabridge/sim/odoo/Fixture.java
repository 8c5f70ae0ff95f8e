package com.kraviabridge.sim.odoo;

import java.time.LocalDate;

/** A running simulator with database "acme", an integration user and an administrator. */
final class Fixture implements AutoCloseable {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    final OdooSimulator sim;
    final SimDatabase db;
    final SimUser bot;
    final SimUser admin;

    Fixture(OdooVersion version) {
        sim = OdooSimulator.start(version);
        sim.setToday(TODAY);
        db = sim.addDatabase("acme");
        bot = db.addUser("bot", "secret").apiKey("bot-api-key");
        admin = db.addUser("admin", "admin-pw").admin();
    }

    Odoo client(Odoo.Protocol protocol) {
        return new Odoo(sim.url(), protocol, "acme", bot.uid(), "secret");
    }

    Odoo adminClient(Odoo.Protocol protocol) {
        return new Odoo(sim.url(), protocol, "acme", admin.uid(), "admin-pw");
    }

    @Override
    public void close() {
        sim.close();
    }
}
