package com.kraviabridge.kravia;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The adapter speaks to Kravia and to the core, nothing else of the bridge, and never to a simulator. */
@AnalyzeClasses(packages = "com.kraviabridge.kravia", importOptions = ImportOption.DoNotIncludeTests.class)
class KraviaAdapterArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheCoreAndItsOwnLibraries = classes().that().resideInAPackage("com.kraviabridge.kravia..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("com.kraviabridge.kravia..",
                    "com.kraviabridge.core.domain..", "com.kraviabridge.core.port..", "com.fasterxml.jackson..",
                    "io.github.resilience4j..", "org.slf4j..", "java..", "javax.crypto..", "javax.net.ssl..");

    @ArchTest
    static final ArchRule theWebhookCheckIsPureLogic = noClasses().that().resideInAPackage("com.kraviabridge.kravia.webhook..")
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "com.sun.net.httpserver..",
                    "com.kraviabridge.core..");
}
