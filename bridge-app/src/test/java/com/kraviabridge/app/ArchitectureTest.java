package com.kraviabridge.app;

import java.util.List;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules between modules, checked over package names so they hold as modules arrive.
 * bridge-app's test classpath sees every module, so this is the one place that can see them all.
 * Rules over a package that does not exist yet pass ({@code allowEmptyShould}).
 */
@AnalyzeClasses(packages = "com.kraviabridge", importOptions = ArchitectureTest.ProductionCode.class)
class ArchitectureTest {

    private static final List<String> ADAPTERS = List.of(
            "com.kraviabridge.erp..", "com.kraviabridge.kravia..", "com.kraviabridge.store..", "com.kraviabridge.config..");

    @ArchTest
    static final ArchRule coreIsPureJava = classes()
            .that().resideInAPackage("com.kraviabridge.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.slf4j..", "com.kraviabridge.core..")
            .because("the core holds the business rules and must run without HTTP, JSON, SQL or Quartz")
            .allowEmptyShould(true);

    private static final List<String> FLOWS = List.of(
            "com.kraviabridge.core.usecase.invoices..", "com.kraviabridge.core.usecase.allocations..",
            "com.kraviabridge.core.usecase.status..", "com.kraviabridge.core.usecase.settlements..");

    /** Each flow reads on its own: what two flows share lives in the write machinery, the report or the domain. */
    @ArchTest
    static final ArchRule flowsDoNotKnowEachOther = CompositeArchRule.of(FLOWS.stream()
            .map(ArchitectureTest::flowKeepsToItself)
            .toList());

    @ArchTest
    static final ArchRule adaptersDoNotKnowEachOther = CompositeArchRule.of(ADAPTERS.stream()
            .map(ArchitectureTest::adapterKeepsToItself)
            .toList());

    @ArchTest
    static final ArchRule configDoesNotDependOnTheCore = noClasses()
            .that().resideInAPackage("com.kraviabridge.config..")
            .should().dependOnClassesThat().resideInAPackage("com.kraviabridge.core..")
            .because("the configuration is read before anything else exists and is mapped onto the core by the app")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule onlyTheAppKnowsTheApp = noClasses()
            .that().resideOutsideOfPackage("com.kraviabridge.app..")
            .should().dependOnClassesThat().resideInAPackage("com.kraviabridge.app..")
            .because("bridge-app is the composition root: it sees everything, nothing sees it")
            .allowEmptyShould(true);

    /** Each adapter faces one side: it may use the shared port types, never the ports of another side. */
    @ArchTest
    static final ArchRule adaptersUseOnlyThePortsOfTheirSide = CompositeArchRule.of(List.of(
            adapterFaces("com.kraviabridge.erp..", "erp"),
            adapterFaces("com.kraviabridge.kravia..", "collector"),
            adapterFaces("com.kraviabridge.store..", "store")));

    @ArchTest
    static final ArchRule simulatorsAreIndependent = classes()
            .that().resideInAPackage("com.kraviabridge.sim..")
            .should().onlyDependOnClassesThat(not(resideInAPackage("com.kraviabridge..")).or(resideInAnyPackage("com.kraviabridge.sim..")))
            .because("a simulator is an independent implementation of the other side; sharing code with the"
                    + " bridge would make a passing test say nothing")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule portImplementationsAreReachedThroughTheAdapter = classes()
            .that().resideInAnyPackage(ADAPTERS.toArray(String[]::new))
            .and().implement(resideInAPackage("com.kraviabridge.core.port.."))
            .should().notBePublic()
            .because("an adapter's port implementations are reached through its entry point (Database,"
                    + " KraviaAdapter, OdooErp), which hands them out as the core's ports");

    @ArchTest
    static final ArchRule wireDetailsStayInsideTheirAdapter = classes()
            .that().haveNameMatching("com\\.kraviabridge\\.(kravia\\.KraviaContract|kravia\\.webhook\\.SignatureRules"
                    + "|erp\\.odoo\\.OdooDialect|erp\\.odoo\\.ServerVersion|erp\\.odoo\\.rpc\\.(XmlRpc|JsonRpc|Json2)Transport)")
            .should().notBePublic()
            .because("paths, signatures, protocol transports and version differences are the adapter's own business");

    private static ArchRule adapterFaces(String adapter, String side) {
        String[] otherSides = java.util.stream.Stream.of("erp", "collector", "store")
                .filter(s -> !s.equals(side)).map(s -> "com.kraviabridge.core.port." + s + "..").toArray(String[]::new);
        return noClasses()
                .that().resideInAPackage(adapter)
                .should().dependOnClassesThat().resideInAnyPackage(otherSides)
                .because("ports are grouped by the side they face, and an adapter is that side")
                .allowEmptyShould(true);
    }

    private static ArchRule flowKeepsToItself(String flow) {
        String[] others = FLOWS.stream().filter(f -> !f.equals(flow)).toArray(String[]::new);
        return noClasses()
                .that().resideInAPackage(flow)
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .because("a flow is read and changed on its own; the run alone puts the flows together")
                .allowEmptyShould(true);
    }

    private static ArchRule adapterKeepsToItself(String adapter) {
        String[] others = ADAPTERS.stream().filter(a -> !a.equals(adapter)).toArray(String[]::new);
        return noClasses()
                .that().resideInAPackage(adapter)
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .because("adapters meet only in the core's ports and in the app")
                .allowEmptyShould(true);
    }

    /** Production classes only: test code (contract suites in test-jars included) may mix modules. */
    static final class ProductionCode implements ImportOption {

        private static final Pattern TEST_LOCATION = Pattern.compile(".*(/test-classes/|-tests\\.jar!/).*");

        @Override
        public boolean includes(Location location) {
            return !location.matches(TEST_LOCATION);
        }
    }
}
