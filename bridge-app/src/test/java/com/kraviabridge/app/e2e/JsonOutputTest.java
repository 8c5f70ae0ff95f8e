package com.kraviabridge.app.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kraviabridge.sim.odoo.OdooVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --format json} of sync and status: one document that parses, with the numbers the text shows. */
@Tag("slow")
class JsonOutputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private Landscape world;

    @BeforeEach
    void setUp() {
        world = new Landscape(OdooVersion.V17, "jsonrpc");
        world.odoo.setToday(today);
        world.seedOneInvoiceToSendAndOneToReject(today);
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    @Test
    void syncAsJsonCarriesTheSummaryTablesNumbers() {
        Landscape.Cli text = world.cli("sync", "--dry-run");
        Landscape.Cli json = world.cli("sync", "--dry-run", "--format", "json");

        assertThat(json.exitCode()).isEqualTo(text.exitCode());
        JsonNode document = parse(json.out());
        assertThat(document.path("dryRun").asBoolean()).isTrue();
        List<String> rows = new ArrayList<>();
        for (JsonNode flow : document.path("flows")) {
            rows.add(String.join(" ", flow.path("flow").asText(), flow.path("company").asText(), flow.path("sent").asText(),
                    flow.path("unchanged").asText(), flow.path("rejected").asText(), flow.path("parked").asText(),
                    flow.path("failed").asText(), flow.path("unknown").asText()));
        }
        assertThat(rows).isNotEmpty().isEqualTo(summaryRows(text.out()));

        Landscape.Cli real = world.cli("sync", "--format", "json");
        JsonNode done = parse(real.out());
        assertThat(real.exitCode()).as("an invoice was rejected: needs attention").isEqualTo(1);
        assertThat(done.path("needsAttention").asBoolean()).isTrue();
        assertThat(done.path("totals").path("sent").asInt()).isEqualTo(1);
        assertThat(done.path("totals").path("rejected").asInt()).isEqualTo(1);
        assertThat(done.path("flows").get(0).path("lines").toString()).contains("Uten Orgnr AS");
    }

    @Test
    void statusAsJsonCarriesTheCasesAndParkedRecordsTheTextShows() {
        world.cli("sync");

        Landscape.Cli casesText = world.cli("status");
        JsonNode cases = parse(world.cli("status", "--format", "json").out());
        JsonNode company = cases.path("companies").get(0);
        assertThat(casesText.out()).contains("Company " + company.path("company").asLong() + " (Kravia creditor "
                + company.path("kraviaCreditor").asLong() + "): " + company.path("openCases").asLong() + " open case(s), "
                + company.path("closedCases").asLong() + " closed");
        assertThat(company.path("openCases").asLong()).isEqualTo(1);
        JsonNode forwarded = company.path("cases").get(0);
        assertThat(casesText.out()).contains(forwarded.path("invoice").asText(), forwarded.path("case").asText(),
                forwarded.path("remainingCapital").path("amount").asText());
        assertThat(casesText.out()).contains(cases.path("parkedCount").asLong() + " record(s) parked for review");

        String number = forwarded.path("invoice").asText();
        JsonNode invoice = parse(world.cli("status", "--invoice", number, "--format", "json").out()).path("invoice");
        assertThat(invoice.path("cases")).hasSize(1);
        assertThat(world.cli("status", "--invoice", number).out()).contains("Invoice " + number + " (company "
                + invoice.path("cases").get(0).path("company").asLong() + ", Odoo id "
                + invoice.path("cases").get(0).path("odooId").asLong() + "): Kravia case "
                + invoice.path("cases").get(0).path("case").asLong());

        Landscape.Cli parkedText = world.cli("status", "--parked");
        Landscape.Cli parkedJson = world.cli("status", "--parked", "--format", "json");
        assertThat(parkedJson.exitCode()).isEqualTo(parkedText.exitCode()).isEqualTo(1);
        JsonNode parked = parse(parkedJson.out()).path("parked");
        assertThat(parked).hasSize(1);
        assertThat(parkedText.out()).contains(parked.size() + " record(s) parked for review",
                parked.get(0).path("key").asText(), parked.get(0).path("reason").asText());

        JsonNode reconciliation = parse(world.cli("status", "--reconcile", "--format", "json").out())
                .path("reconciliation").get(0);
        assertThat(world.cli("status", "--reconcile").out()).contains("agree on all "
                + reconciliation.path("casesCompared").asInt() + " open case(s)");
        assertThat(reconciliation.path("agrees").asBoolean()).isTrue();
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Landscape.Cli run = world.cli("status", "--format", "yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown format 'yaml'");
    }

    /** The rows of the text summary table, their columns joined by one space. */
    private static List<String> summaryRows(String out) {
        List<String> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : out.split("\n")) {
            if (line.startsWith("flow ")) {
                inTable = true;
            } else if (inTable && line.isBlank()) {
                break;
            } else if (inTable) {
                rows.add(line.strip().replaceAll("\\s+", " "));
            }
        }
        return rows;
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not one JSON document: " + text, e);
        }
    }
}
