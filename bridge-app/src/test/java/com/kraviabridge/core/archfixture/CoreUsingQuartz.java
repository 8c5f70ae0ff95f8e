package com.kraviabridge.core.archfixture;

/** Breaks the core rule on purpose, so ArchitectureRulesTest can show the rule bites. Test code only. */
public class CoreUsingQuartz {

    public boolean valid(String cron) {
        return org.quartz.CronExpression.isValidExpression(cron);
    }
}
