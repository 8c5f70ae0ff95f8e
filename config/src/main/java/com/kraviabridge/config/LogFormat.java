package com.kraviabridge.config;

/** How log lines are written ({@code logging.format}). */
public enum LogFormat implements ConfigChoice {
    /** One human-readable line per event. */
    TEXT("text"),
    /** One JSON object per line, for log shippers. */
    JSON("json");

    private final String configValue;

    LogFormat(String configValue) {
        this.configValue = configValue;
    }

    @Override
    public String configValue() {
        return configValue;
    }
}
