package com.kraviabridge.sim.kravia;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/** Kravia's forms of dates and times on the wire (docs/kravia-contract.md §1). */
final class WireTime {

    /** .NET round-trip form without zone, always 7 fraction digits: {@code 2021-06-01T15:13:14.4044853}. */
    private static final DateTimeFormatter DOTNET = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 7, 7, true)
            .toFormatter();

    private WireTime() {
    }

    static String timestamp(LocalDateTime utc) {
        return utc == null ? null : DOTNET.format(utc);
    }

    static String date(LocalDate date) {
        return date == null ? null : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }

    /**
     * Reads a timestamp as .NET would bind it: zone-less means UTC here (docs/kravia-contract.md §1); with a zone or
     * offset it is moved to UTC; a bare date means its midnight. Any number of fraction digits up to 9.
     */
    static LocalDateTime parseTimestamp(String text) {
        String value = text.trim();
        try {
            return LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        } catch (DateTimeParseException notLocal) {
            try {
                return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                        .withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            } catch (DateTimeParseException notOffset) {
                return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay();
            }
        }
    }

    /** A date given as {@code YYYY-MM-DD} or as a date-time (the credit note's {@code Date}). */
    static LocalDate parseDate(String text) {
        return parseTimestamp(text).toLocalDate();
    }
}
