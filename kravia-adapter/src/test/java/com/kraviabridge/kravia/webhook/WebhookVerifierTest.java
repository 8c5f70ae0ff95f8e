package com.kraviabridge.kravia.webhook;

import com.kraviabridge.kravia.webhook.WebhookVerification.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookVerifierTest {

    private static final String SECRET = "demo-secret-123";
    private static final long EVENT_TIME = 1_700_000_000L;
    private static final Clock AT_EVENT = Clock.fixed(Instant.ofEpochSecond(EVENT_TIME), ZoneOffset.UTC);

    /** Our test vectors (docs/kravia-contract.md §11.4), for our assumed rules: Kravia has not confirmed them. */
    @ParameterizedTest(name = "{0} with {1} keys signs as {2}")
    @CsvSource({
            "md5-data-secret, camel,  d78bb83be39ca413937847dc800f0528",
            "md5-secret-data, camel,  d59c09ebe717a957c20806d59e78f224",
            "md5-data-secret, pascal, 9ff8e6dce0405034093597df437ff393",
            "md5-secret-data, pascal, 6f7c47a18f99aa5c84b6b78fe7fd185e",
            // not in docs/kravia-contract.md: computed with `openssl dgst -md5 -hmac demo-secret-123`
            "hmac-md5,        camel,  d956b91daaf02a4aa71b5e38e9b064e7",
            "hmac-md5,        pascal, fa0a3a07eca1cc71ab2f8f2c46ea2c03"
    })
    void referenceVectorsAreAccepted(String rule, String casing, String signature) {
        WebhookVerifier verifier = new WebhookVerifier(
                new WebhookSettings(rule, KeyCasing.named(casing), WebhookSettings.DEFAULT_TOLERANCE), AT_EVENT);

        WebhookVerification verdict = verifier.verify(501, body(EVENT_TIME, 42, signature), SECRET);

        assertThat(verdict.isAccepted()).as(verdict.reason()).isTrue();
        assertThat(verdict.event()).isEqualTo(new VerifiedWebhook(501, 42, "CaseUpdate", EVENT_TIME));
        assertThat(verdict.event().dedupKey()).isEqualTo(new WebhookDedupKey(501, 42, EVENT_TIME));
        assertThat(verdict.event().dedupKey()).hasToString("501:42:1700000000");
    }

    @Test
    void theCanonicalTextIsTheReferencesOne() {
        assertThat(KeyCasing.CAMEL.canonicalData(EVENT_TIME, "\"CaseUpdate\"", 42))
                .isEqualTo("{\"timestamp\":1700000000,\"eventType\":\"CaseUpdate\",\"claimId\":42}");
        assertThat(KeyCasing.PASCAL.canonicalData(EVENT_TIME, "\"CaseUpdate\"", 42))
                .isEqualTo("{\"Timestamp\":1700000000,\"EventType\":\"CaseUpdate\",\"ClaimId\":42}");
    }

    @Test
    void theDefaultRuleIsMd5OfDataThenSecretWithCamelKeys() {
        WebhookVerifier verifier = new WebhookVerifier(WebhookSettings.defaults(), AT_EVENT);

        assertThat(verifier.verify(501, body(EVENT_TIME, 42, "d78bb83be39ca413937847dc800f0528"), SECRET).isAccepted())
                .isTrue();
        // the signature compares without regard to hex case
        assertThat(verifier.verify(501, body(EVENT_TIME, 42, "D78BB83BE39CA413937847DC800F0528"), SECRET).isAccepted())
                .isTrue();
    }

    @Test
    void aTamperedClaimIsRejected() {
        WebhookVerification verdict = defaults().verify(501, body(EVENT_TIME, 43, "d78bb83be39ca413937847dc800f0528"),
                SECRET);

        assertThat(verdict.rejection()).isEqualTo(Rejection.BAD_SIGNATURE);
        assertThat(verdict.reason()).doesNotContain(SECRET).doesNotContain("d78bb83b");
    }

    @Test
    void anotherSecretIsRejectedWithoutNamingEither() {
        WebhookVerification verdict = defaults().verify(501, body(EVENT_TIME, 42, "d78bb83be39ca413937847dc800f0528"),
                "wrong-secret");

        assertThat(verdict.rejection()).isEqualTo(Rejection.BAD_SIGNATURE);
        assertThat(verdict.reason()).doesNotContain("wrong-secret").doesNotContain(SECRET);
    }

    @Test
    void aStaleEventIsRejectedEvenWhenSigned() {
        long old = EVENT_TIME - Duration.ofMinutes(16).toSeconds();
        WebhookVerification verdict = defaults().verify(501, signedBody(old, 42), SECRET);

        assertThat(verdict.rejection()).isEqualTo(Rejection.STALE);
    }

    @Test
    void anEventWithinTheToleranceIsAccepted() {
        long recent = EVENT_TIME - Duration.ofMinutes(14).toSeconds();
        long soon = EVENT_TIME + Duration.ofMinutes(14).toSeconds();

        assertThat(defaults().verify(501, signedBody(recent, 42), SECRET).isAccepted()).isTrue();
        assertThat(defaults().verify(501, signedBody(soon, 42), SECRET).isAccepted()).isTrue();
    }

    @Test
    void anEventFromTheFutureIsRejected() {
        long ahead = EVENT_TIME + Duration.ofMinutes(16).toSeconds();

        assertThat(defaults().verify(501, signedBody(ahead, 42), SECRET).rejection()).isEqualTo(Rejection.FROM_THE_FUTURE);
    }

    @Test
    void theToleranceIsConfigurable() {
        WebhookVerifier strict = new WebhookVerifier(
                new WebhookSettings("md5-data-secret", KeyCasing.CAMEL, Duration.ofMinutes(1)), AT_EVENT);

        assertThat(strict.verify(501, signedBody(EVENT_TIME - 120, 42), SECRET).rejection()).isEqualTo(Rejection.STALE);
    }

    @Test
    void anotherAlgorithmIsRejected() {
        String sha = "{\"header\":{\"algorithm\":\"SHA256\"},\"data\":{\"timestamp\":1700000000,"
                + "\"eventType\":\"CaseUpdate\",\"claimId\":42},\"signature\":\"d78bb83be39ca413937847dc800f0528\"}";

        assertThat(defaults().verify(501, sha, SECRET).rejection()).isEqualTo(Rejection.WRONG_ALGORITHM);
    }

    @Test
    void theAlgorithmNameIsCaseInsensitive() {
        String lower = body(EVENT_TIME, 42, "d78bb83be39ca413937847dc800f0528").replace("\"MD5\"", "\"md5\"");

        assertThat(defaults().verify(501, lower, SECRET).isAccepted()).isTrue();
    }

    @Test
    void malformedBodiesAreRejected() {
        assertThat(defaults().verify(501, "not json", SECRET).rejection()).isEqualTo(Rejection.MALFORMED);
        assertThat(defaults().verify(501, "", SECRET).rejection()).isEqualTo(Rejection.MALFORMED);
        assertThat(defaults().verify(501, "[1,2]", SECRET).rejection()).isEqualTo(Rejection.MALFORMED);
        assertThat(defaults().verify(501, body(EVENT_TIME, 42, "d78bb83be39ca413937847dc800f0528") + "{}", SECRET)
                .rejection()).isEqualTo(Rejection.MALFORMED);
        String claimAsText = "{\"header\":{\"algorithm\":\"MD5\"},\"data\":{\"timestamp\":1700000000,"
                + "\"eventType\":\"CaseUpdate\",\"claimId\":\"42\"},\"signature\":\"d78bb83be39ca413937847dc800f0528\"}";
        assertThat(defaults().verify(501, claimAsText, SECRET).rejection()).isEqualTo(Rejection.MALFORMED);
        String noData = "{\"header\":{\"algorithm\":\"MD5\"},\"signature\":\"d78bb83be39ca413937847dc800f0528\"}";
        assertThat(defaults().verify(501, noData, SECRET).rejection()).isEqualTo(Rejection.MALFORMED);
    }

    @Test
    void aSignatureThatIsNotHexIsRejected() {
        assertThat(defaults().verify(501, body(EVENT_TIME, 42, "not-hex!"), SECRET).rejection())
                .isEqualTo(Rejection.BAD_SIGNATURE);
        assertThat(defaults().verify(501, body(EVENT_TIME, 42, ""), SECRET).rejection())
                .isEqualTo(Rejection.BAD_SIGNATURE);
    }

    @Test
    void withoutASecretNothingIsAccepted() {
        assertThat(defaults().verify(501, signedBody(EVENT_TIME, 42), "").rejection()).isEqualTo(Rejection.NO_SECRET);
        assertThat(defaults().verify(501, signedBody(EVENT_TIME, 42), null).rejection()).isEqualTo(Rejection.NO_SECRET);
    }

    @Test
    void unknownRuleNamesAreRefusedAtConfiguration() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SignatureRules.named("sha1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("md5-data-secret");
        assertThat(SignatureRules.named(null)).isSameAs(SignatureRules.MD5_DATA_SECRET);
        assertThat(SignatureRules.named("HMAC-MD5")).isSameAs(SignatureRules.HMAC_MD5);
    }

    @Test
    void withOneAddressForAllCreditorsTheSecretTellsTheCreditor() {
        byte[] body = signedBody(EVENT_TIME, 42).getBytes(java.nio.charset.StandardCharsets.UTF_8);

        WebhookVerification verdict = defaults().verifyForAnyCreditor(body, java.util.Map.of(7L, "other", 501L, SECRET));
        assertThat(verdict.event().creditorId()).isEqualTo(501);

        WebhookVerification none = defaults().verifyForAnyCreditor(body, java.util.Map.of(7L, "other"));
        assertThat(none.rejection()).isEqualTo(Rejection.BAD_SIGNATURE);
        assertThat(defaults().verifyForAnyCreditor(signedBody(EVENT_TIME - 3600, 42)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), java.util.Map.of(501L, SECRET)).rejection())
                .isEqualTo(Rejection.STALE);
    }

    private static WebhookVerifier defaults() {
        return new WebhookVerifier(WebhookSettings.defaults(), AT_EVENT);
    }

    static String signedBody(long timestamp, long claimId) {
        String data = KeyCasing.CAMEL.canonicalData(timestamp, "\"CaseUpdate\"", claimId);
        return body(timestamp, claimId, HexFormat.of().formatHex(SignatureRules.MD5_DATA_SECRET.digest(data, SECRET)));
    }

    static String body(long timestamp, long claimId, String signature) {
        return "{\"header\":{\"algorithm\":\"MD5\"},\"data\":{\"timestamp\":" + timestamp
                + ",\"eventType\":\"CaseUpdate\",\"claimId\":" + claimId + "},\"signature\":\"" + signature + "\"}";
    }
}
