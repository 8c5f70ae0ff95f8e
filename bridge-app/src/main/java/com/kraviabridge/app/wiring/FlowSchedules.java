package com.kraviabridge.app.wiring;

import com.kraviabridge.config.ScheduleConfig;
import com.kraviabridge.core.usecase.report.FlowReport;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Each flow's {@code schedule.*} setting, by flow: a cron expression, or empty when the flow is switched off. */
public final class FlowSchedules {

    private FlowSchedules() {
    }

    public static Map<FlowReport.Flow, Optional<String>> byFlow(ScheduleConfig schedule) {
        Map<FlowReport.Flow, Optional<String>> crons = new EnumMap<>(FlowReport.Flow.class);
        crons.put(FlowReport.Flow.INVOICES, schedule.invoices());
        crons.put(FlowReport.Flow.PAYMENTS, schedule.payments());
        crons.put(FlowReport.Flow.CREDITS, schedule.credits());
        crons.put(FlowReport.Flow.STATUS, schedule.status());
        crons.put(FlowReport.Flow.SETTLEMENTS, schedule.settlements());
        return crons;
    }

    public static Set<FlowReport.Flow> switchedOff(ScheduleConfig schedule) {
        Set<FlowReport.Flow> off = EnumSet.noneOf(FlowReport.Flow.class);
        byFlow(schedule).forEach((flow, cron) -> {
            if (cron.isEmpty()) {
                off.add(flow);
            }
        });
        return off;
    }

    /** The key that schedules {@code flow}, for messages: {@code schedule.invoices}. */
    public static String key(FlowReport.Flow flow) {
        return "schedule." + flow.name().toLowerCase(Locale.ROOT);
    }
}
