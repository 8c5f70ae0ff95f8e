package com.kraviabridge.core.port;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SecretMaskTest {

    private final SecretMask mask = SecretMask.of(List.of("tok-secret-9"));

    @Test
    void aSecretIsMaskedPlainAndInEveryEncodingAReaderDecodesAtAGlance() {
        assertThat(mask.apply("bad token tok-secret-9.")).isEqualTo("bad token ****.");
        assertThat(mask.apply("bad token \\u0074ok-secret-9.")).isEqualTo("bad token ****.");
        assertThat(mask.apply("bad token \\u0074\\u006f\\u006B\\u002d\\u0073ecret-9")).isEqualTo("bad token ****");
        assertThat(mask.apply("?t=tok%2Dsecret%2d9&x=1")).isEqualTo("?t=****&x=1");
        assertThat(mask.apply("Basic " + Base64.getEncoder().encodeToString("user:tok-secret-9".getBytes())))
                .doesNotContain(Base64.getEncoder().encodeToString("tok-secret-9".getBytes()).substring(0, 8))
                .contains(SecretMask.MASK);
        assertThat(mask.apply("x" + Base64.getUrlEncoder().encodeToString("ab tok-secret-9".getBytes())))
                .contains(SecretMask.MASK);
    }

    @Test
    void otherTextIsLeftAsItWas() {
        assertThat(mask.apply("an escaped \\\\u0074ok and 100% sure, tok-secret-8")).isEqualTo(
                "an escaped \\\\u0074ok and 100% sure, tok-secret-8");
        assertThat(SecretMask.of(List.of("abc")).apply("abc")).isEqualTo("abc");
        assertThat(mask.apply((String) null)).isNull();
    }

    @Test
    void aFailureKeepsItsKindAndHintsWithItsWordsMasked() {
        RemoteFailure failure = new RemoteFailure(RemoteFailure.Kind.RETRYABLE, RemoteFailure.Side.COLLECTOR,
                "no: \\u0074ok-secret-9", Map.of("auth", List.of("tok-secret-9 unknown")), Duration.ofSeconds(3), null);

        RemoteFailure masked = mask.apply(failure);

        assertThat(masked.describe()).isEqualTo("no: ****; auth: **** unknown");
        assertThat(masked.kind()).isEqualTo(RemoteFailure.Kind.RETRYABLE);
        assertThat(masked.retryAfter()).contains(Duration.ofSeconds(3));
        assertThat(mask.apply(RemoteFailure.accessRefused(RemoteFailure.Side.ERP, "tok-secret-9", null, null))
                .isAccessRefused()).isTrue();
        RemoteFailure answered = RemoteFailure.outcomeUnknownAfterAnswer(RemoteFailure.Side.COLLECTOR,
                "HTTP 502 tok-secret-9", Map.of());
        assertThat(answered.mayStillBeUnderWay()).isFalse();
        assertThat(mask.apply(answered).mayStillBeUnderWay())
                .as("an answered server error stays answered, so it is looked up at once").isFalse();
        assertThat(mask.apply(RemoteFailure.outcomeUnknown(RemoteFailure.Side.COLLECTOR, "timeout tok-secret-9", null))
                .mayStillBeUnderWay()).isTrue();
    }
}
