package com.kraviabridge.config;

/** Whether a settlement's entry is posted at once or made as a draft for review ({@code settlement.post}). */
public enum SettlementPost implements ConfigChoice {
    POSTED("posted"),
    DRAFT("draft");

    private final String configValue;

    SettlementPost(String configValue) {
        this.configValue = configValue;
    }

    @Override
    public String configValue() {
        return configValue;
    }
}
