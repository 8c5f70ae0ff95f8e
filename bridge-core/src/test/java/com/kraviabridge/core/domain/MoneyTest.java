package com.kraviabridge.core.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void equalValuesAreEqualWhateverTheScale() {
        assertThat(Money.of("10", "NOK")).isEqualTo(Money.of(new BigDecimal("10.000"), "NOK"));
    }

    @Test
    void arithmeticStaysExact() {
        Money sum = Money.of("0.10", "NOK").plus(Money.of("0.20", "NOK"));
        assertThat(sum).isEqualTo(Money.of("0.30", "NOK"));
        assertThat(sum.minus(Money.of("0.30", "NOK")).isZero()).isTrue();
    }

    @Test
    void currenciesAreNeverMixed() {
        assertThatThrownBy(() -> Money.of("1", "NOK").plus(Money.of("1", "EUR")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never converts");
    }

    @Test
    void currencyMustBeAnIsoCode() {
        assertThatThrownBy(() -> Money.of("1", "kr")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void minAndMax() {
        Money a = Money.of("5", "NOK");
        Money b = Money.of("7", "NOK");
        assertThat(a.min(b)).isEqualTo(a);
        assertThat(a.max(b)).isEqualTo(b);
        assertThat(b.isGreaterThan(a)).isTrue();
    }
}
