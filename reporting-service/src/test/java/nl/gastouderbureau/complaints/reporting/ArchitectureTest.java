package nl.gastouderbureau.complaints.reporting;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import nl.gastouderbureau.complaints.events.Actor;
import nl.gastouderbureau.complaints.events.ComplaintDecided;
import nl.gastouderbureau.complaints.events.ComplaintFiled;
import nl.gastouderbureau.complaints.events.Contact;
import nl.gastouderbureau.complaints.events.CorrectiveAction;
import nl.gastouderbureau.complaints.events.CorrectiveActionCompleted;
import nl.gastouderbureau.complaints.events.CorrectiveActionOverdue;
import nl.gastouderbureau.complaints.events.FeedbackCaseOpened;
import nl.gastouderbureau.complaints.events.FeedbackResponseRecorded;
import nl.gastouderbureau.complaints.events.HandlingDeadlineExtended;
import nl.gastouderbureau.complaints.events.InformalComplaintRegistered;
import nl.gastouderbureau.complaints.events.InformalConversationHeld;
import nl.gastouderbureau.complaints.events.PersonalContactRecorded;
import nl.gastouderbureau.complaints.events.SubmitterMessageAdded;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "nl.gastouderbureau.complaints.reporting", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule sharesOnlyEventsAndSupportWithOtherServices = noClasses()
            .should().dependOnClassesThat(resideInAPackage("nl.gastouderbureau.complaints..")
                    .and(not(resideInAnyPackage("nl.gastouderbureau.complaints.reporting..",
                            "nl.gastouderbureau.complaints.events..", "nl.gastouderbureau.complaints.support.."))));

    /** DESIGN P1: reports hold counts and durations, never names, contact data or free text. */
    @ArchTest
    static final ArchRule readsNoPersonalData = noClasses()
            .should().dependOnClassesThat().areAssignableTo(Contact.class)
            .orShould().dependOnClassesThat().areAssignableTo(Actor.class)
            .orShould().callMethod(FeedbackCaseOpened.class, "message")
            .orShould().callMethod(FeedbackCaseOpened.class, "reference")
            .orShould().callMethod(InformalComplaintRegistered.class, "message")
            .orShould().callMethod(InformalComplaintRegistered.class, "clientAccount")
            .orShould().callMethod(ComplaintFiled.class, "subject")
            .orShould().callMethod(ComplaintFiled.class, "description")
            .orShould().callMethod(ComplaintFiled.class, "involvedEmployee")
            .orShould().callMethod(ComplaintFiled.class, "desiredOutcome")
            .orShould().callMethod(ComplaintFiled.class, "clientAccount")
            .orShould().callMethod(FeedbackResponseRecorded.class, "message")
            .orShould().callMethod(InformalConversationHeld.class, "summary")
            .orShould().callMethod(ComplaintDecided.class, "reasoning")
            .orShould().callMethod(CorrectiveAction.class, "description")
            .orShould().callMethod(CorrectiveAction.class, "owner")
            .orShould().callMethod(CorrectiveActionOverdue.class, "owner")
            .orShould().callMethod(CorrectiveActionCompleted.class, "note")
            .orShould().callMethod(HandlingDeadlineExtended.class, "reason")
            .orShould().callMethod(PersonalContactRecorded.class, "summary")
            .orShould().callMethod(SubmitterMessageAdded.class, "subject")
            .orShould().callMethod(SubmitterMessageAdded.class, "message");

    @ArchTest
    static final ArchRule factsStandAlone = noClasses()
            .that().resideInAPackage("..reporting.facts..")
            .should().dependOnClassesThat().resideInAnyPackage("..reporting.projection..", "..reporting.query..", "..reporting.web..");

    @ArchTest
    static final ArchRule queriesDoNotDependOnTheirCallers = noClasses()
            .that().resideInAPackage("..reporting.query..")
            .should().dependOnClassesThat().resideInAnyPackage("..reporting.projection..", "..reporting.web..");
}
