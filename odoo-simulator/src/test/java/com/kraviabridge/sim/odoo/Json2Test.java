package com.kraviabridge.sim.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.kraviabridge.sim.odoo.seed.InvoiceRef;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** JSON-2 on the emulated 19: named arguments, bare results, the status codes and error bodies Odoo answers. */
class Json2Test {
    static Fixture fx;
    static Json2 bot;

    @BeforeAll
    static void start() {
        fx = new Fixture(OdooVersion.V19);
        bot = Json2.withKey(fx.sim.url(), "acme", "bot-api-key");
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    private static PartnerRef partner(String name) {
        return fx.db.seed().partner(name).save();
    }

    private static InvoiceRef invoice(boolean draft) {
        var builder = fx.db.seed().invoice(partner("Debtor AS")).amount("100").invoiceDate(Fixture.TODAY);
        return (draft ? builder.draft() : builder).save();
    }

    private static void assertErrorBody(Json2.Reply reply, int status, String name, String message) {
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.name()).isEqualTo(name);
        assertThat(reply.message()).isEqualTo(message);
        assertThat(reply.json().get("arguments").isArray()).isTrue();
        assertThat(reply.json().get("arguments").get(0).asText()).isEqualTo(message);
        assertThat(reply.json().get("context").isObject()).isTrue();
        assertThat(reply.json().get("debug").asText()).startsWith("Traceback (most recent call last):")
                .endsWith(message + "\n");
    }

    // ---- success shapes ---------------------------------------------------------------

    @Test
    void versionProbeAnswersWithoutAKey() {
        Json2.Reply reply = Json2.raw(fx.sim.url(), null, null).get("/json/version");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.value()).isEqualTo(Map.of("version_info", List.of(19, 0, 0, "final", 0, ""),
                "version", "19.0"));
    }

    @Test
    void searchReadTakesItsArgumentsByName() {
        PartnerRef p = partner("Named Args AS");
        Json2.Reply reply = bot.call("res.partner", "search_read", "domain", List.of(List.of("id", "=", p.id())),
                "fields", List.of("name"), "limit", 5);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.value()).isEqualTo(List.of(Map.of("id", p.id(), "name", "Named Args AS")));
    }

    @Test
    void searchAnswersAListOfIdsAndReadTakesIds() {
        PartnerRef p = partner("Read By Ids AS");
        assertThat(bot.call("res.partner", "search", "domain", List.of(List.of("name", "=", "Read By Ids AS")))
                .value()).isEqualTo(List.of(p.id()));
        assertThat(bot.call("res.partner", "read", "ids", List.of(p.id()), "fields", List.of("name")).value())
                .isEqualTo(List.of(Map.of("id", p.id(), "name", "Read By Ids AS")));
    }

    @Test
    void createAlwaysAnswersAListEvenForOneDict() {
        Object one = bot.call("res.partner", "create", "vals_list", Map.of("name", "One AS")).value();
        assertThat(one).asList().hasSize(1);
        int id = (Integer) ((List<?>) one).get(0);
        assertThat(fx.db.read("res.partner", id, "name")).containsEntry("name", "One AS");
        Object two = bot.call("res.partner", "create", "vals_list", List.of(Map.of("name", "Two AS"),
                Map.of("name", "Three AS"))).value();
        assertThat(two).asList().hasSize(2);
    }

    @Test
    void writeTakesIdsAndValsAndAnswersTrue() {
        PartnerRef p = partner("Before AS");
        Json2.Reply reply = bot.call("res.partner", "write", "ids", List.of(p.id()), "vals", Map.of("name", "After AS"));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("true");
        assertThat(fx.db.read("res.partner", p.id(), "name")).containsEntry("name", "After AS");
    }

    @Test
    void noneIsJsonNullAndActionPostIsFalse() {
        InvoiceRef draft = invoice(true);
        Json2.Reply posted = bot.call("account.move", "action_post", "ids", List.of(draft.id()));
        assertThat(posted.status()).isEqualTo(200);
        assertThat(posted.body()).isEqualTo("false");
        Json2.Reply reset = bot.call("account.move", "button_draft", "ids", List.of(draft.id()));
        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.body()).isEqualTo("null");
        assertThat(fx.db.read("account.move", draft.id(), "state")).containsEntry("state", "draft");
    }

    @Test
    void messagePostTakesKeywordsAndAnswersAListWithTheMessageId() {
        InvoiceRef inv = invoice(false);
        Object result = bot.call("account.move", "message_post", "ids", List.of(inv.id()), "body", "<p>Case 7</p>",
                "body_is_html", true, "message_type", "comment", "subtype_xmlid", "mail.mt_note").value();
        assertThat(result).asList().hasSize(1);
        int message = (Integer) ((List<?>) result).get(0);
        assertThat(fx.db.read("mail.message", message, "body", "res_id"))
                .containsEntry("body", "<p>Case 7</p>").containsEntry("res_id", inv.id());
    }

    @Test
    void theKeysOwnerFindsItsUidWithContextGetAndAnEmptyBody() {
        Json2.Reply reply = bot.post("/json/2/res.users/context_get", "application/json", "");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("uid").asInt()).isEqualTo(fx.bot.uid());
    }

    @Test
    void contextIsTakenByName() {
        PartnerRef archived = partner("Archived AS");
        fx.db.execute("res.partner", "write", List.of(List.of(archived.id()), Map.of("active", false)), Map.of());
        List<Object> domain = List.of(List.of("id", "=", archived.id()));
        assertThat(bot.call("res.partner", "search", "domain", domain).value()).asList().isEmpty();
        assertThat(bot.call("res.partner", "search", "domain", domain, "context", Map.of("active_test", false))
                .value()).isEqualTo(List.of(archived.id()));
    }

    @Test
    void jsonTwoCallsAreCountedPerModelAndMethodLikeTheOtherProtocols() {
        long before = fx.sim.stats().count("res.country", "search_read");
        bot.call("res.country", "search_read", "domain", List.of(), "fields", List.of("code"), "limit", 1);
        assertThat(fx.sim.stats().count("res.country", "search_read")).isEqualTo(before + 1);
    }

    // ---- 401 -------------------------------------------------------------------------

    @Test
    void noKeyIs401AskingForABearerApiKey() {
        Json2.Reply reply = Json2.raw(fx.sim.url(), "acme", null).call("res.partner", "search", "domain", List.of());
        assertErrorBody(reply, 401, "werkzeug.exceptions.Unauthorized",
                "User not authenticated, use an API Key with a Bearer Authorization header.");
        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(reply.json().get("arguments").get(1).asInt()).isEqualTo(401);
    }

    @Test
    void unknownKeyIs401InvalidApikey() {
        Json2.Reply reply = Json2.withKey(fx.sim.url(), "acme", "not-a-key").call("res.partner", "search",
                "domain", List.of());
        assertErrorBody(reply, 401, "werkzeug.exceptions.Unauthorized", "Invalid apikey");
        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void thePasswordIsNoKeyOnJsonTwo() {
        Json2.Reply reply = Json2.withKey(fx.sim.url(), "acme", "secret").call("res.partner", "search",
                "domain", List.of());
        assertErrorBody(reply, 401, "werkzeug.exceptions.Unauthorized", "Invalid apikey");
    }

    @Test
    void theSchemeNameIsCaseInsensitiveButMustBeBearer() {
        assertThat(Json2.raw(fx.sim.url(), "acme", "Bearer bot-api-key").call("res.partner", "search",
                "domain", List.of()).status()).isEqualTo(200);
        Json2.Reply basic = Json2.raw(fx.sim.url(), "acme", "Basic bot-api-key").call("res.partner", "search",
                "domain", List.of());
        assertErrorBody(basic, 401, "werkzeug.exceptions.Unauthorized",
                "User not authenticated, use an API Key with a Bearer Authorization header.");
    }

    @Test
    void expiredRevokedAndArchivedUsersKeysAreInvalid() {
        SimUser temp = fx.db.addUser("temp", "temp-pw");
        temp.apiKey("short-lived", LocalDateTime.of(2026, 3, 1, 9, 0));
        temp.apiKey("revoked");
        temp.revokeApiKey("revoked");
        String fresh = temp.newApiKey();
        assertThat(fresh).matches("[0-9a-f]{40}");
        assertThat(temp.apiKeys()).contains(fresh, "short-lived").doesNotContain("revoked");
        List<Object> none = List.of();
        assertThat(Json2.withKey(fx.sim.url(), "acme", fresh).call("res.partner", "search", "domain", none)
                .status()).isEqualTo(200);
        for (String key : List.of("short-lived", "revoked")) {
            assertErrorBody(Json2.withKey(fx.sim.url(), "acme", key).call("res.partner", "search", "domain", none),
                    401, "werkzeug.exceptions.Unauthorized", "Invalid apikey");
        }
        temp.deactivate();
        assertErrorBody(Json2.withKey(fx.sim.url(), "acme", fresh).call("res.partner", "search", "domain", none),
                401, "werkzeug.exceptions.Unauthorized", "Invalid apikey");
    }

    // ---- 404 / 403 -------------------------------------------------------------------

    @Test
    void unknownModelIs404() {
        assertErrorBody(bot.call("x.nothing", "search", "domain", List.of()), 404, "werkzeug.exceptions.NotFound",
                "the model 'x.nothing' does not exist");
    }

    @Test
    void unknownMethodIs404NamingModelAndMethod() {
        assertErrorBody(bot.call("res.partner", "x", Map.of()), 404, "werkzeug.exceptions.NotFound",
                "The method 'res.partner.x' does not exist");
    }

    @Test
    void getAndWrongPathsAre404AskingForPost() {
        String hint = "Did you mean POST /json/2/<model>/<method>?";
        assertErrorBody(bot.get("/json/2/res.partner/search"), 404, "werkzeug.exceptions.NotFound", hint);
        assertErrorBody(bot.post("/json/2/res.partner", "application/json", "{}"), 404,
                "werkzeug.exceptions.NotFound", hint);
        assertErrorBody(bot.post("/json/2/res.partner/search/extra", "application/json", "{}"), 404,
                "werkzeug.exceptions.NotFound", hint);
    }

    @Test
    void privateMethodIs403AccessError() {
        assertErrorBody(bot.call("res.partner", "_compute_display_name", Map.of()), 403,
                "odoo.exceptions.AccessError",
                "Private methods (such as 'res.partner._compute_display_name') cannot be called remotely.");
    }

    @Test
    void missingRightsAre403AccessError() {
        Json2.Reply reply = bot.call("res.company", "write", "ids", List.of(1), "vals", Map.of("name", "Mine"));
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.name()).isEqualTo("odoo.exceptions.AccessError");
        assertThat(reply.message()).contains("(res.company)");
    }

    // ---- 422 -------------------------------------------------------------------------

    @Test
    void aMissingRequiredArgumentIs422() {
        Json2.Reply reply = bot.call("res.partner", "search", Map.of());
        assertErrorBody(reply, 422, "werkzeug.exceptions.UnprocessableEntity",
                "missing a required argument: 'domain'");
        assertThat(reply.json().get("arguments").get(1).asInt()).isEqualTo(422);
        assertErrorBody(bot.call("res.partner", "write", "ids", List.of(1)), 422,
                "werkzeug.exceptions.UnprocessableEntity", "missing a required argument: 'vals'");
    }

    @Test
    void anArgumentTheMethodDoesNotTakeIs422() {
        assertErrorBody(bot.call("res.partner", "search", "domain", List.of(), "fields", List.of("name")), 422,
                "werkzeug.exceptions.UnprocessableEntity", "got an unexpected keyword argument 'fields'");
        assertErrorBody(bot.call("res.partner", "create", "vals", Map.of("name", "X")), 422,
                "werkzeug.exceptions.UnprocessableEntity", "missing a required argument: 'vals_list'");
    }

    @Test
    void idsOnAModelLevelMethodAre422() {
        assertErrorBody(bot.call("res.partner", "search", "ids", List.of(1), "domain", List.of()), 422,
                "werkzeug.exceptions.UnprocessableEntity", "cannot call res.partner.search with ids");
        assertErrorBody(bot.call("res.partner", "create", "ids", List.of(1), "vals_list", Map.of("name", "X")), 422,
                "werkzeug.exceptions.UnprocessableEntity", "cannot call res.partner.create with ids");
    }

    @Test
    void userErrorAndValidationErrorAre422WithTheirMessage() {
        InvoiceRef posted = invoice(false);
        Json2.Reply again = bot.call("account.move", "action_post", "ids", List.of(posted.id()));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.name()).isEqualTo("odoo.exceptions.UserError");
        assertThat(again.message()).contains("must be in draft");
        Json2.Reply invalid = bot.call("res.partner.category", "create", "vals_list", Map.of("color", 3));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.name()).isEqualTo("odoo.exceptions.ValidationError");
        assertThat(invalid.message()).contains("a mandatory field is not set");
    }

    // ---- 404 MissingError, 409, 400, 500 ------------------------------------------------

    @Test
    void aDeletedRecordIs404MissingError() {
        Json2.Reply reply = bot.call("account.move", "action_post", "ids", List.of(999_999));
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.name()).isEqualTo("odoo.exceptions.MissingError");
        assertThat(reply.message()).startsWith("Record does not exist or has been deleted.");
    }

    @Test
    void aLockedRowIs409LockErrorAndNothingIsWritten() {
        PartnerRef p = partner("Locked AS");
        fx.sim.faults().nextCall().matching("res.partner", "write").lockError();
        Json2.Reply reply = bot.call("res.partner", "write", "ids", List.of(p.id()), "vals", Map.of("name", "Nope"));
        assertErrorBody(reply, 409, "odoo.exceptions.LockError", "Cannot grab a lock on records");
        assertThat(fx.db.read("res.partner", p.id(), "name")).containsEntry("name", "Locked AS");
    }

    @Test
    void injectedFaultsHitJsonTwoCallsByModelAndMethod() {
        int before = fx.db.count("res.partner.category");
        fx.sim.faults().nextCall().matching("res.partner.category", "create").failAfterCommit();
        assertThatThrownBy(() -> bot.call("res.partner.category", "create", "vals_list", Map.of("name", "Kept")))
                .isInstanceOf(Wire.WireFailure.class);
        assertThat(fx.db.count("res.partner.category")).isEqualTo(before + 1);
        fx.sim.faults().nextCall().matching("res.partner.category", "create").dropConnection();
        assertThatThrownBy(() -> bot.call("res.partner.category", "create", "vals_list", Map.of("name", "Lost")))
                .isInstanceOf(Wire.WireFailure.class);
        fx.sim.faults().nextCall().matching("res.partner.category", "create").httpStatus(502);
        Json2.Reply proxy = bot.call("res.partner.category", "create", "vals_list", Map.of("name", "Lost"));
        assertThat(proxy.status()).isEqualTo(502);
        assertThat(proxy.body()).contains("nginx");
        fx.sim.faults().nextCall().matching("res.partner.category", "create").serializationFailure();
        Json2.Reply conflict = bot.call("res.partner.category", "create", "vals_list", Map.of("name", "Lost"));
        assertThat(conflict.status()).isEqualTo(500);
        assertThat(conflict.name()).isEqualTo("psycopg2.errors.SerializationFailure");
        assertThat(fx.db.count("res.partner.category")).isEqualTo(before + 1);
    }

    @Test
    void anUnparsableBodyIs400() {
        Json2.Reply reply = bot.post("/json/2/res.partner/search", "application/json", "{\"domain\": [");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.name()).isEqualTo("werkzeug.exceptions.BadRequest");
        assertThat(reply.message()).startsWith("could not parse the body as json: ");
        Json2.Reply list = bot.post("/json/2/res.partner/search", "application/json", "[[]]");
        assertErrorBody(list, 400, "werkzeug.exceptions.BadRequest",
                "could not parse the body, expecting a json object");
    }

    @Test
    void anyOtherErrorIs500WithThePythonException() {
        Json2.Reply reply = bot.call("account.account", "search_read", "domain", List.of(), "fields",
                List.of("deprecated"));
        assertErrorBody(reply, 500, "builtins.ValueError", "Invalid field 'deprecated' on 'account.account'");
    }

    @Test
    void aBodyThatIsNotJsonByContentTypeIsRefused() {
        Json2.Reply reply = bot.post("/json/2/res.partner/search", "text/plain", "{\"domain\": []}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("Please verify the Content-Type request header");
    }

    // ---- database selection --------------------------------------------------------------

    @Test
    void theDatabaseHeaderIsOptionalWithOneDatabase() {
        assertThat(Json2.raw(fx.sim.url(), null, "bearer bot-api-key").call("res.partner", "search",
                "domain", List.of()).status()).isEqualTo(200);
    }

    @Test
    void anUnknownDatabaseIsAnHtml404() {
        Json2.Reply reply = Json2.withKey(fx.sim.url(), "nope", "bot-api-key").call("res.partner", "search",
                "domain", List.of());
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("Content-Type")).startsWith("text/html");
        assertThat(reply.body()).contains("No database is selected");
    }

    @Test
    void withSeveralDatabasesTheHeaderPicksOneAndItsKeys() {
        try (OdooSimulator sim = OdooSimulator.start(OdooVersion.V19)) {
            sim.addDatabase("one").addUser("bot", "pw").apiKey("key-one");
            sim.addDatabase("two").addUser("bot", "pw").apiKey("key-two");
            Json2.Reply noHeader = Json2.raw(sim.url(), null, "bearer key-one").call("res.partner", "search",
                    "domain", List.of());
            assertThat(noHeader.status()).isEqualTo(404);
            assertThat(noHeader.body()).contains("No database is selected");
            assertThat(Json2.withKey(sim.url(), "one", "key-one").call("res.partner", "search", "domain",
                    List.of()).status()).isEqualTo(200);
            JsonNode wrongDb = Json2.withKey(sim.url(), "two", "key-one").call("res.partner", "search", "domain",
                    List.of()).json();
            assertThat(wrongDb.get("message").asText()).isEqualTo("Invalid apikey");
        }
    }
}
