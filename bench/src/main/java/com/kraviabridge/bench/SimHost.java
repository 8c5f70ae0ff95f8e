package com.kraviabridge.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kraviabridge.sim.kravia.CaseStatus;
import com.kraviabridge.sim.kravia.InvoiceSnapshot;
import com.kraviabridge.sim.kravia.KraviaSimulator;
import com.kraviabridge.sim.kravia.RecordedRequest;
import com.kraviabridge.sim.kravia.SettlementSnapshot;
import com.kraviabridge.sim.kravia.SimulatorSettings;
import com.kraviabridge.sim.odoo.OdooSimulator;
import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.RowCosts;
import com.kraviabridge.sim.odoo.SimDatabase;
import com.kraviabridge.sim.odoo.SimUser;
import com.kraviabridge.sim.odoo.seed.CompanyRef;
import com.kraviabridge.sim.odoo.seed.PartnerBuilder;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import com.kraviabridge.sim.odoo.seed.Seeder;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The other side of the benchmark, in a JVM of its own: the Odoo and Kravia simulators on loopback, seeded and
 * inspected through a line protocol on stdin/stdout (one JSON command per line in, one line {@code "@@ "}+JSON
 * out). Keeping the simulators here means the bridge's JVM holds only the bridge, so its heap figure (and the
 * -Xmx256m run) is the bridge's own.
 */
public final class SimHost {

    static final String REPLY = "@@ ";
    static final String DATABASE = "bench";
    static final String LOGIN = "kravia-bridge";
    static final String API_KEY = "bench-odoo-key";
    static final String KRAVIA_TOKEN = "bench-kravia-token";
    private static final String[] STREETS = {"Storgata", "Kirkegata", "Industriveien", "Strandveien", "Fjordgata"};
    private static final String[][] PLACES = {{"0155", "Oslo"}, {"5003", "Bergen"}, {"7010", "Trondheim"},
        {"4006", "Stavanger"}, {"9008", "Tromsø"}};

    private final ObjectMapper json = new ObjectMapper();
    private final PrintStream out;
    private OdooSimulator odoo;
    private KraviaSimulator kravia;
    private SimDatabase db;
    private SimUser user;
    private final Map<Integer, CompanyRef> companies = new LinkedHashMap<>();
    private final Map<Integer, Long> creditorOf = new LinkedHashMap<>();
    private long nextCreditor = 80_001;
    private int partnerSequence;

    private SimHost(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        // stdout is the reply channel: everything else printed by libraries goes to stderr
        PrintStream replies = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        SimHost host = new SimHost(replies);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            ObjectNode reply;
            boolean quit = false;
            try {
                JsonNode command = host.json.readTree(line);
                quit = "quit".equals(command.path("cmd").asText());
                reply = host.handle(command);
                reply.put("ok", true);
            } catch (Exception | Error e) {
                reply = host.json.createObjectNode();
                reply.put("ok", false);
                reply.put("error", e.toString());
                e.printStackTrace(System.err);
            }
            replies.println(REPLY + host.json.writeValueAsString(reply));
            if (quit) {
                break;
            }
        }
        host.close();
        System.exit(0);
    }

    private ObjectNode handle(JsonNode c) {
        ObjectNode r = json.createObjectNode();
        switch (c.path("cmd").asText()) {
            case "start" -> start(c.path("odooMajor").asInt(17), r);
            case "latency" -> {
                if (c.path("collect").asBoolean(false)) {
                    // A young collection of this JVM (hundreds of MB survive it at 100,000 cases) stops both
                    // simulators for a quarter of a second; starting a measured phase on an empty young generation
                    // keeps that pause, which no real Odoo or Kravia shows the bridge, out of the bridge's figures.
                    System.gc();
                }
                odoo.faults().latency(Duration.ofMillis(c.path("odooMs").asLong()));
                odoo.faults().rowCosts(c.path("odooRowCosts").asBoolean(false)
                        ? RowCosts.measuredOnOdoo18() : RowCosts.none());
                kravia.faults().clear();
                long k = c.path("kraviaMs").asLong();
                if (k > 0) {
                    kravia.faults().latency(Duration.ofMillis(k));
                }
            }
            case "company" -> company(c.path("name").asText(), r);
            case "seed" -> seed(c, r);
            case "customFields" -> customFields(r);
            case "stats" -> stats(c.path("reset").asBoolean(true), r);
            case "openCases" -> r.put("open", openCases(c.path("company").asInt()).size());
            case "changes" -> changes(c, r);
            case "settlements" -> settlements(c, r);
            case "quit" -> { }
            default -> throw new IllegalArgumentException("unknown command " + c);
        }
        return r;
    }

    private void start(int odooMajor, ObjectNode r) {
        odoo = OdooSimulator.start(OdooVersion.of(odooMajor));
        // Odoo's clock runs, as a real server's does: write_date moves on, which the bridge's delta reads rely on.
        odoo.clock().useSystemTime();
        db = odoo.addDatabase(DATABASE, "NOK", "NO");
        user = db.addUser(LOGIN, "unused").apiKey(API_KEY).accountant();
        // no daily payouts at midnight: settlements are made when the benchmark asks for them
        kravia = KraviaSimulator.start(SimulatorSettings.defaults().withSettleDaily(false));
        CompanyRef main = db.seed().mainCompany().name("Benk AS").orgNumber("912345670").vat("NO912345670MVA")
                .address("Karl Johans gate 1", "0154", "Oslo").save();
        register(main);
        r.put("odooUrl", odoo.url());
        r.put("kraviaUrl", kravia.baseUrl());
        r.put("company", main.id());
        r.put("creditor", creditorOf.get(main.id()));
    }

    private void company(String name, ObjectNode r) {
        CompanyRef company = db.seed().company(name).orgNumber(Integer.toString(913_000_000 + companies.size()))
                .address("Torget 1", "5003", "Bergen").save();
        register(company);
        user.companies(companies.values().toArray(new CompanyRef[0]));
        r.put("company", company.id());
        r.put("creditor", creditorOf.get(company.id()));
    }

    private void register(CompanyRef company) {
        companies.put(company.id(), company);
        long creditor = nextCreditor++;
        creditorOf.put(company.id(), creditor);
        // one token for every creditor: a partner's token, as an accounting firm would have
        kravia.addCreditor(creditor, KRAVIA_TOKEN);
    }

    /**
     * Debtors with complete data (address, organisation number for businesses) and eligible invoices: posted,
     * due 20 to 79 days ago, 500 to 20,000 NOK. Debtor i belongs to company i mod n; its invoices too.
     */
    private void seed(JsonNode c, ObjectNode r) {
        long started = System.nanoTime();
        List<CompanyRef> targets = new ArrayList<>();
        for (JsonNode id : c.path("companies")) {
            targets.add(companies.get(id.asInt()));
        }
        int debtorCount = c.path("debtors").asInt();
        int invoiceCount = c.path("invoices").asInt();
        Random random = new Random(c.path("seed").asLong(1));
        Seeder seeder = db.seed();
        List<List<PartnerRef>> debtorsByCompany = new ArrayList<>();
        targets.forEach(t -> debtorsByCompany.add(new ArrayList<>()));
        for (int i = 0; i < debtorCount; i++) {
            debtorsByCompany.get(i % targets.size()).add(debtor(seeder, random));
        }
        LocalDate today = LocalDate.now();
        for (int i = 0; i < invoiceCount; i++) {
            int companyIndex = i % targets.size();
            List<PartnerRef> debtors = debtorsByCompany.get(companyIndex);
            // every debtor gets invoices (round robin), so the split is exactly invoices/debtors per debtor
            PartnerRef debtor = debtors.get((i / targets.size()) % debtors.size());
            LocalDate due = today.minusDays(20 + random.nextInt(60));
            BigDecimal amount = BigDecimal.valueOf(500 + random.nextInt(19_500)).add(BigDecimal.valueOf(random.nextInt(100), 2));
            seeder.invoice(debtor).company(targets.get(companyIndex)).invoiceDate(due.minusDays(14)).dueDate(due)
                    .amount(amount).save();
        }
        r.put("seconds", (System.nanoTime() - started) / 1e9);
    }

    private PartnerRef debtor(Seeder seeder, Random random) {
        int i = partnerSequence++;
        String[] place = PLACES[random.nextInt(PLACES.length)];
        boolean business = i % 5 < 3;
        PartnerBuilder partner = seeder.partner((business ? "Kunde " + i + " AS" : "Person " + i));
        partner = business ? partner.company().orgNumber(Integer.toString(920_000_000 + i)) : partner.person();
        return partner.address(STREETS[random.nextInt(STREETS.length)] + " " + (1 + random.nextInt(90)), place[0],
                        place[1], "NO")
                .email("debtor" + i + "@example.no").ref(String.format("D-%06d", i)).save();
    }

    /** The x_kravia_* fields on invoices, as `bridge odoo setup` creates them in a real installation. */
    private void customFields(ObjectNode r) {
        db.addCustomCharField("account.move", "x_kravia_case_id", "Kravia case", true);
        db.addCustomCharField("account.move", "x_kravia_status", "Kravia status");
        r.put("fields", 2);
    }

    private List<InvoiceSnapshot> openCases(int companyId) {
        return kravia.invoices(creditorOf.get(companyId)).stream().filter(s -> !s.isClosed()).toList();
    }

    /**
     * What happens between two syncs in a steady state: status changes in Kravia (cases paused by the creditor),
     * direct payments and credit notes in Odoo, each on different open cases, all partial so the cases stay open.
     */
    private void changes(JsonNode c, ObjectNode r) {
        long started = System.nanoTime();
        int companyId = c.path("company").asInt();
        List<InvoiceSnapshot> open = new ArrayList<>(openCases(companyId).stream()
                .filter(s -> s.status() == CaseStatus.REGISTERED || s.status().pausable()).toList());
        Collections.shuffle(open, new Random(c.path("seed").asLong(7)));
        int statuses = c.path("status").asInt();
        int payments = c.path("payments").asInt();
        int credits = c.path("credits").asInt();
        if (statuses + payments + credits > open.size()) {
            throw new IllegalStateException("only " + open.size() + " open cases");
        }
        int next = 0;
        for (int i = 0; i < statuses; i++) {
            kravia.pause(open.get(next++).id());
        }
        LocalDate today = LocalDate.now();
        for (int i = 0; i < payments; i++) {
            InvoiceSnapshot s = open.get(next++);
            db.seed().registerPayment(Integer.parseInt(s.accountingInvoiceId()), part(s, 40), today, "BNK",
                    "Paid directly " + s.invoiceNo());
        }
        for (int i = 0; i < credits; i++) {
            InvoiceSnapshot s = open.get(next++);
            db.seed().creditNote(Integer.parseInt(s.accountingInvoiceId()), part(s, 25), true);
        }
        r.put("seconds", (System.nanoTime() - started) / 1e9);
    }

    private static BigDecimal part(InvoiceSnapshot s, int percent) {
        return s.remainingCapital().multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2,
                RoundingMode.HALF_UP);
    }

    /** Debtors pay part of the capital of {@code lines} cases, then Kravia pays out: one settlement, repeated. */
    private void settlements(JsonNode c, ObjectNode r) {
        long started = System.nanoTime();
        int companyId = c.path("company").asInt();
        long creditor = creditorOf.get(companyId);
        int count = c.path("count").asInt();
        int perSettlement = c.path("cases").asInt();
        List<InvoiceSnapshot> open = new ArrayList<>(openCases(companyId));
        Collections.shuffle(open, new Random(11));
        if (open.size() < count * perSettlement) {
            throw new IllegalStateException("only " + open.size() + " open cases for " + count + " x " + perSettlement);
        }
        int next = 0;
        long lines = 0;
        for (int s = 0; s < count; s++) {
            for (int i = 0; i < perSettlement; i++) {
                InvoiceSnapshot k = open.get(next++);
                kravia.debtorPays(k.id(), part(k, 50));
            }
            for (SettlementSnapshot made : kravia.settleNow(creditor)) {
                lines += made.lines().size();
            }
        }
        r.put("lines", lines);
        r.put("seconds", (System.nanoTime() - started) / 1e9);
    }

    /** Requests seen since the last reset: Odoo by model.method, Kravia by method and path. */
    private void stats(boolean reset, ObjectNode r) {
        r.put("odoo", odoo.stats().total());
        ObjectNode byModel = r.putObject("odooByMethod");
        odoo.stats().snapshot().forEach((key, n) -> {
            if (!key.startsWith("object.") && !key.startsWith("common.") && !key.startsWith("db.")
                    && !key.startsWith("jsonrpc.") && !key.startsWith("json2.")) {
                byModel.put(key, n);
            }
        });
        List<RecordedRequest> requests = kravia.requests();
        r.put("kravia", requests.size());
        Map<String, Integer> byPath = new TreeMap<>();
        int failures = 0;
        for (RecordedRequest request : requests) {
            byPath.merge(request.method() + " " + request.path().replaceAll("/\\d+", "/{id}")
                    .replaceFirst("^/api/v2/", ""), 1, Integer::sum);
            if (request.status() >= 400) {
                failures++;
            }
        }
        r.put("kraviaFailed", failures);
        ObjectNode paths = r.putObject("kraviaByPath");
        byPath.forEach(paths::put);
        if (reset) {
            odoo.stats().reset();
            kravia.clearRequests();
        }
    }

    private void close() {
        if (odoo != null) {
            odoo.close();
        }
        if (kravia != null) {
            kravia.close();
        }
    }
}
