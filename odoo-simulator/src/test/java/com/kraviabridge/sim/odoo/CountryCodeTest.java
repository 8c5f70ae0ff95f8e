package com.kraviabridge.sim.odoo;

import com.kraviabridge.sim.odoo.seed.CompanyRef;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code country_code} on partners and companies is Odoo's read-only related field on {@code country_id.code}
 * (base since 15 on res.partner; account up to 17 and base from 18 on res.company): it follows the country,
 * and a value written to it goes nowhere, least of all into the country.
 */
@SuppressWarnings("unchecked")
class CountryCodeTest {

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = "V20", mode = EnumSource.Mode.EXCLUDE)
    void fieldsGetDescribesAReadOnlyRelatedCharOnBothModels(OdooVersion version) {
        try (Fixture fx = new Fixture(version)) {
            Odoo odoo = fx.client(Odoo.Protocol.XML);
            List<String> attributes = List.of("type", "string", "readonly", "store", "related", "depends", "sortable",
                    "searchable");
            Map<String, Object> partner = (Map<String, Object>) ((Map<String, Object>) odoo.call("res.partner",
                    "fields_get", List.of(List.of("country_code")), Map.of("attributes", attributes)))
                    .get("country_code");
            assertThat(partner).isEqualTo(Map.of("type", "char", "string", "Country Code", "readonly", true,
                    "store", false, "related", "country_id.code", "depends", List.of("country_id.code"),
                    "sortable", false, "searchable", true));
            Map<String, Object> company = (Map<String, Object>) ((Map<String, Object>) odoo.call("res.company",
                    "fields_get", List.of(List.of("country_code")), Map.of("attributes", attributes)))
                    .get("country_code");
            assertThat(company).containsEntry("type", "char").containsEntry("readonly", true)
                    .containsEntry("store", false).containsEntry("related", "country_id.code")
                    .containsEntry("depends", List.of("country_id"));
        }
    }

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = "V20", mode = EnumSource.Mode.EXCLUDE)
    void aPartnersCodeFollowsItsCountry(OdooVersion version) {
        try (Fixture fx = new Fixture(version)) {
            PartnerRef partner = fx.db.seed().partner("Kunde AB").address("Drottninggatan 1", "111 51", "Stockholm",
                    "SE").save();
            PartnerRef homeless = fx.db.seed().partner("Uten Land AS").save();
            Odoo odoo = fx.client(Odoo.Protocol.JSON);
            assertThat(odoo.readOne("res.partner", partner.id(), "country_code").get("country_code")).isEqualTo("SE");
            assertThat(odoo.readOne("res.partner", homeless.id(), "country_code").get("country_code")).isEqualTo(false);

            int denmark = odoo.search("res.country", List.of(List.of("code", "=", "DK"))).get(0);
            odoo.call("res.partner", "write", List.of(List.of(partner.id()), Map.of("country_id", denmark)));
            assertThat(odoo.searchRead("res.partner", List.of(List.of("id", "=", partner.id())),
                    List.of("country_code")).get(0).get("country_code")).isEqualTo("DK");
            assertThat(odoo.search("res.partner", List.of(List.of("country_code", "=", "DK"))))
                    .contains(partner.id()).doesNotContain(homeless.id());

            odoo.call("res.partner", "write", List.of(List.of(partner.id()), Map.of("country_id", false)));
            assertThat(odoo.readOne("res.partner", partner.id(), "country_code").get("country_code")).isEqualTo(false);
        }
    }

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = "V20", mode = EnumSource.Mode.EXCLUDE)
    void writingTheCodeChangesNeitherThePartnerNorTheCountry(OdooVersion version) {
        try (Fixture fx = new Fixture(version)) {
            PartnerRef partner = fx.db.seed().partner("Kunde AS").address("Storgata 1", "0155", "Oslo", "NO").save();
            Odoo odoo = fx.client(Odoo.Protocol.JSON);
            int norway = odoo.search("res.country", List.of(List.of("code", "=", "NO"))).get(0);

            assertThat(odoo.call("res.partner", "write", List.of(List.of(partner.id()), Map.of("country_code", "SE"))))
                    .isEqualTo(true);
            int created = (Integer) odoo.call("res.partner", "create", List.of(Map.of("name", "Ny Kunde",
                    "country_id", norway, "country_code", "FI")));

            assertThat(odoo.readOne("res.partner", partner.id(), "country_id", "country_code"))
                    .containsEntry("country_code", "NO");
            assertThat(odoo.readOne("res.partner", created, "country_code").get("country_code")).isEqualTo("NO");
            assertThat(odoo.readOne("res.country", norway, "code").get("code")).isEqualTo("NO");
        }
    }

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = "V20", mode = EnumSource.Mode.EXCLUDE)
    void aCompanysCodeFollowsTheCountryOfItsPartner(OdooVersion version) {
        try (Fixture fx = new Fixture(version)) {
            CompanyRef main = fx.db.seed().mainCompany().save();
            CompanyRef sweden = fx.db.seed().company("Acme AB").currency("SEK").country("SE").save();
            fx.admin.companies(main, sweden);
            Odoo admin = fx.adminClient(Odoo.Protocol.JSON);
            assertThat(admin.readOne("res.company", sweden.id(), "country_code").get("country_code")).isEqualTo("SE");

            int finland = admin.search("res.country", List.of(List.of("code", "=", "FI"))).get(0);
            admin.call("res.company", "write", List.of(List.of(sweden.id()), Map.of("country_id", finland)));

            assertThat(admin.readOne("res.company", sweden.id(), "country_code").get("country_code")).isEqualTo("FI");
            int partner = (Integer) ((List<Object>) admin.readOne("res.company", sweden.id(), "partner_id")
                    .get("partner_id")).get(0);
            assertThat(admin.readOne("res.partner", partner, "country_code").get("country_code")).isEqualTo("FI");
        }
    }
}
