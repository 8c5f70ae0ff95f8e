package com.kraviabridge.config;

import java.util.Optional;

/**
 * When each flow runs on its own ({@code schedule.*}): a Quartz cron expression, already validated, or empty
 * when the administrator switched the flow off ({@code schedule.<flow> = off}).
 */
public record ScheduleConfig(
        Optional<String> invoices,
        Optional<String> payments,
        Optional<String> credits,
        Optional<String> status,
        Optional<String> settlements) {

    /** The value of a {@code schedule.*} key that switches its flow off. */
    public static final String OFF = "off";
}
