package dev.limittriage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

@AnalyzeClasses(packages = "dev.limittriage", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] DOMAIN = {"dev.limittriage.knowledge..", "dev.limittriage.evidence..",
        "dev.limittriage.diagnosis..", "dev.limittriage.packet..", "dev.limittriage.plan.."};

    @ArchTest
    static final ArchRule domainHasNoUiOrDataBinding = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                    "tools.jackson.databind..", "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule onlyEvidenceParsesJson = noClasses().that().resideInAnyPackage(
                    "dev.limittriage.knowledge..", "dev.limittriage.diagnosis..", "dev.limittriage.packet..",
                    "dev.limittriage.plan..")
            .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..");

    @ArchTest
    static final ArchRule evidenceUsesOnlyTheStreamingParser = noClasses().that()
            .resideInAPackage("dev.limittriage.evidence..")
            .should().dependOnClassesThat().resideInAnyPackage("tools.jackson.databind..");

    @ArchTest
    static final ArchRule noJavaFxOutsideUi = noClasses().that().resideOutsideOfPackage("dev.limittriage.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..");

    /** Data binding stays at the edges: io maps the DTOs, cli and ui pass the one mapper on. */
    @ArchTest
    static final ArchRule dataBindingOnlyInIoCliAndUi = noClasses().that()
            .resideOutsideOfPackages("dev.limittriage.io..", "dev.limittriage.cli..", "dev.limittriage.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("tools.jackson.databind..");

    @ArchTest
    static final ArchRule domainDoesNotDependOnEdges = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("dev.limittriage.io..", "dev.limittriage.cli..",
                    "dev.limittriage.ui..");

    @ArchTest
    static final ArchRule edgesDoNotDependOnUi = noClasses().that()
            .resideInAnyPackage("dev.limittriage.io..", "dev.limittriage.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.limittriage.ui..");

    @ArchTest
    static final ArchRule noConsole = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
}
