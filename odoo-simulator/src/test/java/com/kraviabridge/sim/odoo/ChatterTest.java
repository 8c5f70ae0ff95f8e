package com.kraviabridge.sim.odoo;

import com.kraviabridge.sim.odoo.seed.InvoiceRef;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.kraviabridge.sim.odoo.AuthenticationTest.fault;
import static org.assertj.core.api.Assertions.assertThat;

class ChatterTest {
    private static InvoiceRef invoice(Fixture fx) {
        PartnerRef p = fx.db.seed().partner("Debtor AS").save();
        return fx.db.seed().invoice(p).amount("100").invoiceDate(Fixture.TODAY).save();
    }

    @Test
    void plainBodyIsEscapedFrom17AndHtmlFlagKeepsMarkup() {
        try (Fixture fx = new Fixture(OdooVersion.V17)) {
            InvoiceRef inv = invoice(fx);
            Odoo odoo = fx.client(Odoo.Protocol.XML);
            Object plain = odoo.call("account.move", "message_post", List.of(List.of(inv.id())),
                    Map.of("body", "<b>Sent to Kravia</b> & co", "message_type", "comment",
                            "subtype_xmlid", "mail.mt_note"));
            assertThat(plain).isInstanceOf(Integer.class);
            Map<String, Object> msg = odoo.readOne("mail.message", (Integer) plain, "body", "model", "res_id",
                    "message_type", "subtype_id", "is_internal");
            assertThat(msg).containsEntry("body", "&lt;b&gt;Sent to Kravia&lt;/b&gt; &amp; co")
                    .containsEntry("model", "account.move").containsEntry("res_id", inv.id())
                    .containsEntry("message_type", "comment").containsEntry("is_internal", true);
            assertThat(((List<?>) msg.get("subtype_id")).get(1)).isEqualTo("Note");
            Object html = odoo.call("account.move", "message_post", List.of(List.of(inv.id())),
                    Map.of("body", "<b>Case 42</b>", "body_is_html", true));
            assertThat(odoo.readOne("mail.message", (Integer) html, "body").get("body")).isEqualTo("<b>Case 42</b>");
        }
    }

    @Test
    void version16StoresTheBodyAsIsAndKnowsNoHtmlFlag() {
        try (Fixture fx = new Fixture(OdooVersion.V16)) {
            InvoiceRef inv = invoice(fx);
            Odoo odoo = fx.client(Odoo.Protocol.JSON);
            Object id = odoo.call("account.move", "message_post", List.of(List.of(inv.id())),
                    Map.of("body", "<b>Sent</b>"));
            assertThat(odoo.readOne("mail.message", (Integer) id, "body").get("body")).isEqualTo("<b>Sent</b>");
            Odoo.RpcFault f = fault(() -> odoo.call("account.move", "message_post", List.of(List.of(inv.id())),
                    Map.of("body", "x", "body_is_html", true)));
            assertThat(f.name).isEqualTo("builtins.ValueError");
            assertThat(f.text).isEqualTo("Invalid field 'body_is_html' on model 'mail.message'");
        }
    }

    @Test
    void messagePostIsKeywordOnlyAndNeedsWriteAccess() {
        try (Fixture fx = new Fixture(OdooVersion.V17)) {
            InvoiceRef inv = invoice(fx);
            Odoo odoo = fx.client(Odoo.Protocol.JSON);
            Odoo.RpcFault positional = fault(() -> odoo.call("account.move", "message_post",
                    List.of(List.of(inv.id()), "body")));
            assertThat(positional.text).isEqualTo("message_post() takes 1 positional argument but 2 were given");
            fx.bot.revoke("account.move", Operation.WRITE);
            Odoo.RpcFault denied = fault(() -> odoo.call("account.move", "message_post", List.of(List.of(inv.id())),
                    Map.of("body", "x")));
            assertThat(denied.name).isEqualTo("odoo.exceptions.AccessError");
        }
    }
}
