package com.kraviabridge.sim.kravia;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The signer against our test vectors (docs/kravia-contract.md §11.4, secret {@code demo-secret-123}). */
class WebhookSignersTest {

    private static final WebhookEvent EVENT = new WebhookEvent(1700000000L, "CaseUpdate", 42);
    private static final String SECRET = "demo-secret-123";

    @Test
    void canonicalDataIsCompactJsonInTheDocumentedKeyOrder() {
        assertThat(EVENT.canonicalJson(KeyCasing.CAMEL))
                .isEqualTo("{\"timestamp\":1700000000,\"eventType\":\"CaseUpdate\",\"claimId\":42}");
        assertThat(EVENT.canonicalJson(KeyCasing.PASCAL))
                .isEqualTo("{\"Timestamp\":1700000000,\"EventType\":\"CaseUpdate\",\"ClaimId\":42}");
    }

    @Test
    void primaryRuleIsMd5OfCamelCaseDataFollowedByTheSecret() {
        assertThat(WebhookSigners.primary().sign(EVENT, SECRET)).isEqualTo("d78bb83be39ca413937847dc800f0528");
    }

    @Test
    void alternativeRulesMatchTheirVectors() {
        assertThat(WebhookSigners.secretThenData(KeyCasing.CAMEL).sign(EVENT, SECRET))
                .isEqualTo("d59c09ebe717a957c20806d59e78f224");
        assertThat(WebhookSigners.dataThenSecret(KeyCasing.PASCAL).sign(EVENT, SECRET))
                .isEqualTo("9ff8e6dce0405034093597df437ff393");
        assertThat(WebhookSigners.secretThenData(KeyCasing.PASCAL).sign(EVENT, SECRET))
                .isEqualTo("6f7c47a18f99aa5c84b6b78fe7fd185e");
    }

    @Test
    void hmacRuleGivesLowerCaseHexThatDiffersFromPlainMd5() {
        String hmac = WebhookSigners.hmacMd5(KeyCasing.CAMEL).sign(EVENT, SECRET);
        assertThat(hmac).matches("[0-9a-f]{32}").isNotEqualTo("d78bb83be39ca413937847dc800f0528");
    }

    @Test
    void anyChangeToTheDataChangesTheSignature() {
        WebhookSigner rule = WebhookSigners.primary();
        String original = rule.sign(EVENT, SECRET);
        assertThat(rule.sign(new WebhookEvent(1700000001L, "CaseUpdate", 42), SECRET)).isNotEqualTo(original);
        assertThat(rule.sign(new WebhookEvent(1700000000L, "CaseUpdate", 43), SECRET)).isNotEqualTo(original);
        assertThat(rule.sign(EVENT, "other-secret")).isNotEqualTo(original);
    }
}
