package com.kraviabridge.config;

/** Whether eligible invoices go on their own or wait for an accountant's approval in Odoo ({@code collection.approval}). */
public enum ApprovalMode implements ConfigChoice {
    /** They go on their own (those older than {@code collection.approval-after-days-overdue} excepted, if set). */
    AUTOMATIC("automatic"),
    /** Each one waits until "Approved for Kravia" is ticked on it in Odoo. */
    MANUAL("manual");

    private final String configValue;

    ApprovalMode(String configValue) {
        this.configValue = configValue;
    }

    @Override
    public String configValue() {
        return configValue;
    }
}
