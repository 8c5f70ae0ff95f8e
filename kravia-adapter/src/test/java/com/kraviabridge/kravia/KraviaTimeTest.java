package com.kraviabridge.kravia;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class KraviaTimeTest {

    @Test
    void theSearchBoundHasSevenFractionDigitsAndNoZone() {
        assertThat(KraviaTime.searchBound(LocalDateTime.of(2021, 6, 1, 15, 13, 14, 404_485_300)))
                .isEqualTo("2021-06-01T15:13:14.4044853");
        assertThat(KraviaTime.searchBound(LocalDateTime.of(2021, 6, 1, 15, 13, 14)))
                .isEqualTo("2021-06-01T15:13:14.0000000");
    }

    @Test
    void theSearchBoundIsOneTickBeforeTheWantedTime() {
        assertThat(KraviaTime.searchBound(KraviaContract.searchBoundFor(LocalDateTime.of(2021, 6, 1, 15, 13, 14))))
                .isEqualTo("2021-06-01T15:13:13.9999999");
    }

    @Test
    void timestampsAreReadLeniently() {
        LocalDateTime expected = LocalDateTime.of(2021, 6, 1, 15, 13, 14, 404_485_300);
        assertThat(KraviaTime.parseTimestamp("2021-06-01T15:13:14.4044853")).isEqualTo(expected);
        assertThat(KraviaTime.parseTimestamp("2021-06-01T17:13:14.4044853+02:00")).isEqualTo(expected);
        assertThat(KraviaTime.parseTimestamp("2021-06-01T15:13:14.4044853Z")).isEqualTo(expected);
        assertThat(KraviaTime.parseTimestamp("2021-06-01T15:13:14")).isEqualTo(expected.withNano(0));
        assertThat(KraviaTime.parseTimestamp("2021-06-01")).isEqualTo(LocalDate.of(2021, 6, 1).atStartOfDay());
        assertThat(KraviaTime.parseTimestamp(null)).isNull();
    }

    @Test
    void theCreditNoteDateIsMidnightWithoutZone() {
        assertThat(KraviaTime.midnight(LocalDate.of(2025, 4, 10))).isEqualTo("2025-04-10T00:00:00");
    }
}
