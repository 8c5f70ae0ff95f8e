package com.kraviabridge.config;

/** Quartz cron expressions, already validated, one per flow ({@code schedule.*}). */
public record ScheduleSettings(
        String invoices,
        String payments,
        String credits,
        String status,
        String settlements) {
}
