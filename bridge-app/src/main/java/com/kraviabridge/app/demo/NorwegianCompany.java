package com.kraviabridge.app.demo;

import com.kraviabridge.sim.odoo.SimDatabase;
import com.kraviabridge.sim.odoo.seed.InvoiceRef;
import com.kraviabridge.sim.odoo.seed.PartnerBuilder;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import com.kraviabridge.sim.odoo.seed.Seeder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A made-up Norwegian wholesaler with a few hundred customers and four months of invoices: most paid on time,
 * some late, a few customers with data Kravia cannot use (no postal code, a business without organisation
 * number) and one key account tagged to stay out of collection.
 */
final class NorwegianCompany {

    private static final String[] FIRST = {"Kari", "Ola", "Ingrid", "Lars", "Sigrid", "Anders", "Marit", "Per", "Nora",
        "Erik", "Astrid", "Jon", "Hilde", "Knut", "Silje"};
    private static final String[] LAST = {"Nordmann", "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen",
        "Nilsen", "Kristiansen", "Jensen", "Berg", "Haugen", "Dahl", "Lie", "Solberg"};
    private static final String[] TRADES = {"Bakeri", "Rør", "Bygg", "Elektro", "Regnskap", "Transport", "Fisk", "Kafé",
        "Maling", "Snekkeri", "Frisør", "Blomster", "Data", "Sykkel", "Catering"};
    private static final String[][] PLACES = {{"0155", "Oslo"}, {"5003", "Bergen"}, {"7010", "Trondheim"},
        {"4006", "Stavanger"}, {"9008", "Tromsø"}, {"3015", "Drammen"}, {"1606", "Fredrikstad"}, {"2317", "Hamar"},
        {"8006", "Bodø"}, {"6002", "Ålesund"}};

    /** The customer whose missing postal code the demo's accountant adds in week 2. */
    private static final int FIXED_IN_WEEK_TWO = 3;

    private final Random random;
    final List<PartnerRef> customers = new ArrayList<>();
    final List<InvoiceRef> invoices = new ArrayList<>();
    int paidOnTime;
    int withBadData;

    NorwegianCompany(long seed) {
        this.random = new Random(seed);
    }

    void seed(SimDatabase db, LocalDate today, int customerCount, int invoiceCount) {
        Seeder seeder = db.seed();
        for (int i = 0; i < customerCount; i++) {
            customers.add(customer(seeder, i));
        }
        for (int i = 0; i < invoiceCount; i++) {
            PartnerRef customer = customers.get(random.nextInt(customers.size()));
            LocalDate invoiceDate = today.minusDays(random.nextInt(120));
            BigDecimal amount = BigDecimal.valueOf(250 + random.nextInt(24_000)).add(BigDecimal.valueOf(random.nextInt(100), 2));
            InvoiceRef invoice = seeder.invoice(customer).invoiceDate(invoiceDate).dueDate(invoiceDate.plusDays(14))
                    .amount(amount).save();
            invoices.add(invoice);
            // Most customers pay, some partly, the rest not at all.
            int fate = random.nextInt(100);
            LocalDate due = invoiceDate.plusDays(14);
            if (fate < 70 && due.isBefore(today)) {
                seeder.registerPayment(invoice.id(), invoice.amountTotal(), due.minusDays(random.nextInt(5)), "BNK",
                        "KID " + invoice.name());
                paidOnTime++;
            } else if (fate < 78 && due.isBefore(today)) {
                BigDecimal part = invoice.amountTotal().multiply(BigDecimal.valueOf(30 + random.nextInt(40)))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                seeder.registerPayment(invoice.id(), part, due.plusDays(random.nextInt(10)), "BNK", "part " + invoice.name());
            }
        }
    }

    private PartnerRef customer(Seeder seeder, int i) {
        String[] place = PLACES[random.nextInt(PLACES.length)];
        boolean business = random.nextInt(100) < 60;
        String name = business ? LAST[random.nextInt(LAST.length)] + " " + TRADES[random.nextInt(TRADES.length)] + " AS"
                : FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        PartnerBuilder partner = seeder.partner(name + (i >= 100 ? " " + (i / 100) : ""));
        partner = business ? partner.company() : partner.person();
        partner.email(name.toLowerCase().replaceAll("[^a-z]+", ".") + i + "@example.no").ref(String.format("K-%04d", i));
        int quality = random.nextInt(100);
        // customer 3 always lacks just its postal code: the accountant completes it in week 2 of the demo
        boolean fixedLater = i == FIXED_IN_WEEK_TWO;
        if (quality < 3 || fixedLater) {
            partner.address("Storgata " + (1 + random.nextInt(90)), "", place[1], "NO");
            withBadData++;
        } else {
            partner.address((business ? "Industriveien " : "Storgata ") + (1 + random.nextInt(90)), place[0], place[1], "NO");
        }
        if (business) {
            if (quality >= 3 && quality < 6 && !fixedLater) {
                withBadData++;
            } else {
                partner.orgNumber(Integer.toString(900_000_000 + random.nextInt(99_999_999)));
            }
        }
        if (i == 7) {
            partner.tags("Nøkkelkunde");
        }
        return partner.save();
    }

    Random random() {
        return random;
    }
}
