package com.kraviabridge.kravia;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KraviaSettingsTest {

    private final KraviaSettings settings = KraviaSettings.defaults(URI.create("https://api.kravia.ai"), "s3cr3t-token");

    @Test
    void theTokenIsSentBareByDefault() {
        assertThat(settings.authorizationHeader()).isEqualTo("s3cr3t-token");
    }

    @Test
    void aConfiguredSchemeGoesInFront() {
        assertThat(settings.withAuthScheme("Bearer").authorizationHeader()).isEqualTo("Bearer s3cr3t-token");
        assertThat(settings.withAuthScheme("  ").authorizationHeader()).isEqualTo("s3cr3t-token");
    }

    @Test
    void theTokenNeverShowsInToString() {
        assertThat(settings.toString()).doesNotContain("s3cr3t-token").contains("token=***");
    }

    @Test
    void aMissingTokenIsRefusedWithoutEcho() {
        assertThatThrownBy(() -> KraviaSettings.defaults(URI.create("https://api.kravia.ai"), " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the Kravia token is missing");
    }

    @Test
    void textFromElsewhereHasTheTokenBlankedOut() {
        assertThat(settings.mask().apply("header was s3cr3t-token")).isEqualTo("header was ****");
    }

    @Test
    void theRateBecomesTheIntervalBetweenTwoRequestStarts() {
        assertThat(settings.withThrottle(new java.math.BigDecimal("0.5"), 1).requestInterval())
                .isEqualTo(java.time.Duration.ofSeconds(2));
        assertThat(settings.withThrottle(1000, 1).requestInterval()).isEqualTo(java.time.Duration.ofMillis(1));
        assertThat(settings.withThrottle(3, 1).requestInterval()).isEqualTo(java.time.Duration.ofNanos(333_333_333));
    }

    @Test
    void aRateOfZeroIsRefused() {
        assertThatThrownBy(() -> settings.withThrottle(java.math.BigDecimal.ZERO, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rateLimitPerSecond");
    }
}
