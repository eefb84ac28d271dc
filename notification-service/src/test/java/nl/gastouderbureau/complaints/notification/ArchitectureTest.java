package nl.gastouderbureau.complaints.notification;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.mail.javamail.JavaMailSender;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "nl.gastouderbureau.complaints.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule sharesOnlyEventsAndSupportWithOtherServices = noClasses()
            .should().dependOnClassesThat(resideInAPackage("nl.gastouderbureau.complaints..")
                    .and(not(resideInAnyPackage("nl.gastouderbureau.complaints.notification..",
                            "nl.gastouderbureau.complaints.events..", "nl.gastouderbureau.complaints.support.."))));

    @ArchTest
    static final ArchRule mailKnowsNothingOfWhySomethingIsSent = noClasses()
            .that().resideInAPackage("..notification.mail..")
            .should().dependOnClassesThat().resideInAnyPackage("..notification.log..", "..notification.notify..",
                    "..notification.web..", "..notification.cases..");

    @ArchTest
    static final ArchRule onlyTheMailPackageTalksSmtp = noClasses()
            .that().resideOutsideOfPackage("..notification.mail..")
            .should().dependOnClassesThat().areAssignableTo(JavaMailSender.class);

    @ArchTest
    static final ArchRule theApiOnlyReadsTheLog = noClasses()
            .that().resideInAPackage("..notification.web..")
            .should().dependOnClassesThat().resideInAnyPackage("..notification.notify..", "..notification.mail..");
}
