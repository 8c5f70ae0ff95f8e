package com.kraviabridge.sim.odoo;

import com.kraviabridge.sim.odoo.seed.CompanyRef;
import com.kraviabridge.sim.odoo.seed.InvoiceRef;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;

import static com.kraviabridge.sim.odoo.AuthenticationTest.fault;
import static org.assertj.core.api.Assertions.assertThat;

@SuppressWarnings("unchecked")
class MultiCompanyTest {

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = {"V17", "V18"})
    void allowedCompaniesRestrictWhatIsVisible(OdooVersion version) {
        try (Fixture fx = new Fixture(version)) {
            CompanyRef main = fx.db.seed().mainCompany().name("Acme AS").orgNumber("912345678").save();
            CompanyRef sweden = fx.db.seed().company("Acme AB").currency("SEK").country("SE").save();
            PartnerRef p = fx.db.seed().partner("Shared Customer").save();
            InvoiceRef no = fx.db.seed().invoice(p).amount("100").invoiceDate(Fixture.TODAY).save();
            InvoiceRef se = fx.db.seed().invoice(p).company(sweden).amount("200").invoiceDate(Fixture.TODAY).save();
            assertThat(se.name()).isEqualTo("INV/2026/00001");
            Odoo odoo = fx.client(Odoo.Protocol.JSON);

            assertThat(odoo.search("account.move", List.of())).containsExactly(no.id());
            Odoo.RpcFault foreign = fault(() -> odoo.call("account.move", "search", List.of(List.of()),
                    Map.of("context", Map.of("allowed_company_ids", List.of(sweden.id())))));
            assertThat(foreign.name).isEqualTo("odoo.exceptions.AccessError");
            assertThat(foreign.text).isEqualTo("Access to unauthorized or invalid companies.");
            Odoo.RpcFault hidden = fault(() -> odoo.readOne("account.move", se.id(), "name"));
            assertThat(hidden.name).isEqualTo("odoo.exceptions.AccessError");

            fx.bot.companies(main, sweden);
            assertThat(odoo.search("account.move", List.of())).containsExactlyInAnyOrder(no.id(), se.id());
            List<Object> swedishOnly = (List<Object>) odoo.call("account.move", "search", List.of(List.of()),
                    Map.of("context", Map.of("allowed_company_ids", List.of(sweden.id()))));
            assertThat(swedishOnly).containsExactly((Object) se.id());
            Map<String, Object> company = odoo.readOne("res.company", sweden.id(), "currency_id", "country_id", "name");
            assertThat(((List<?>) company.get("currency_id")).get(1)).isEqualTo("SEK");
            String companyField = version.atLeast(18) ? "company_ids" : "company_id";
            List<Integer> swedishAccounts = (List<Integer>) (List<?>) odoo.call("account.account", "search",
                    List.of(List.of(List.of("code", "=", "1500"))),
                    Map.of("context", Map.of("allowed_company_ids", List.of(sweden.id()))));
            assertThat(swedishAccounts).containsExactly(sweden.account("1500"));
            assertThat(odoo.readOne("account.account", sweden.account("1500"), companyField).get(companyField))
                    .isEqualTo(version.atLeast(18) ? List.of(sweden.id()) : List.of(sweden.id(), "Acme AB"));
        }
    }
}
