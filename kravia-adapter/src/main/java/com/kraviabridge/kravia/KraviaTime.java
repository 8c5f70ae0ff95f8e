package com.kraviabridge.kravia;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/** Reads and writes Kravia's dates and times in the forms Kravia documents (docs/kravia-contract.md §1). */
final class KraviaTime {

    /** .NET's round-trip form without zone: {@code 2021-06-01T15:13:14.4044853}, always 7 fraction digits. */
    private static final DateTimeFormatter DOTNET = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 7, 7, true)
            .toFormatter();

    /** The credit note's {@code Date}: a date-time at midnight, no zone, no fraction. */
    private static final DateTimeFormatter MIDNIGHT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'00:00:00");

    private KraviaTime() {
    }

    static String searchBound(LocalDateTime time) {
        return DOTNET.format(time);
    }

    static String date(LocalDate date) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }

    static String midnight(LocalDate date) {
        return MIDNIGHT.format(date);
    }

    /**
     * Reads a timestamp leniently: any number of fraction digits, with or without zone; a zoned value is
     * moved to {@link KraviaContract#TIME_ZONE}. Null or blank gives null.
     */
    static LocalDateTime parseTimestamp(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        try {
            return LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        } catch (DateTimeParseException zoneLess) {
            try {
                return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                        .atZoneSameInstant(KraviaContract.TIME_ZONE).toLocalDateTime();
            } catch (DateTimeParseException zoned) {
                return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay();
            }
        }
    }

    /** Reads a date that may come as a date or as a date-time (the credit note's form). Null or blank gives null. */
    static LocalDate parseDate(String text) {
        LocalDateTime time = parseTimestamp(text);
        return time == null ? null : time.toLocalDate();
    }
}
