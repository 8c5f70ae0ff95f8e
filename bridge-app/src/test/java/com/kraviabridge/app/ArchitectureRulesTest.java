package com.kraviabridge.app;

import com.kraviabridge.core.archfixture.CoreUsingQuartz;
import com.kraviabridge.core.usecase.invoices.archfixture.InvoicesUsingSettlements;
import com.kraviabridge.erp.archfixture.ErpUsingTheStore;
import com.kraviabridge.sim.archfixture.SimulatorUsingTheBridge;
import com.kraviabridge.store.archfixture.StoreUsingConfig;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules that can never fail are worse than none: each rule is shown a deliberate violation. */
class ArchitectureRulesTest {

    private final JavaClasses fixtures = new ClassFileImporter()
            .importClasses(CoreUsingQuartz.class, SimulatorUsingTheBridge.class, StoreUsingConfig.class,
                    ErpUsingTheStore.class, InvoicesUsingSettlements.class);

    @Test
    void theRealImportSeesProductionCodeButNotTests() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(new ArchitectureTest.ProductionCode())
                .importPackages("com.kraviabridge");

        assertThat(production.contain(BridgeCommand.class)).isTrue();
        assertThat(production.contain(com.kraviabridge.config.ConfigLoader.class)).isTrue();
        assertThat(production.contain(CoreUsingQuartz.class)).isFalse();
        assertThat(production.contain(ArchitectureRulesTest.class)).isFalse();
    }

    @Test
    void theCoreRuleCatchesAFramework() {
        assertViolation(ArchitectureTest.coreIsPureJava, "org.quartz.CronExpression");
    }

    @Test
    void theAdapterRuleCatchesAnAdapterUsingAnother() {
        assertViolation(ArchitectureTest.adaptersDoNotKnowEachOther, "com.kraviabridge.config.Secret");
    }

    @Test
    void theSideRuleCatchesAnAdapterUsingAPortOfAnotherSide() {
        assertViolation(ArchitectureTest.adaptersUseOnlyThePortsOfTheirSide,
                "com.kraviabridge.core.port.store.ParkedRecords");
    }

    @Test
    void theFlowRuleCatchesAFlowUsingAnother() {
        assertViolation(ArchitectureTest.flowsDoNotKnowEachOther,
                "com.kraviabridge.core.usecase.settlements.PostSettlements");
    }

    @Test
    void theSimulatorRuleCatchesBridgeCode() {
        assertViolation(ArchitectureTest.simulatorsAreIndependent, "com.kraviabridge.config.Secret");
    }

    @Test
    void theAppRuleCatchesADependencyOnTheApp() {
        assertViolation(ArchitectureTest.onlyTheAppKnowsTheApp, "com.kraviabridge.app.BridgeCommand");
    }

    private void assertViolation(ArchRule rule, String offendingTarget) {
        var result = rule.evaluate(fixtures);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains(offendingTarget));
    }
}
