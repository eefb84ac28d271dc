package nl.gastouderbureau.complaints.cases;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "nl.gastouderbureau.complaints.cases", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule queriesDoNotDependOnTheWriteSide = noClasses()
            .that().resideInAPackage("..cases.query..")
            .should().dependOnClassesThat().resideInAPackage("..cases.command..");

    @ArchTest
    static final ArchRule servicesShareOnlyEventsAndSupport = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "nl.gastouderbureau.complaints.intake..",
                    "nl.gastouderbureau.complaints.notification..",
                    "nl.gastouderbureau.complaints.reporting..");
}
