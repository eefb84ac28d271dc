package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.CaseClosed;
import nl.gastouderbureau.complaints.events.CloseReason;
import nl.gastouderbureau.complaints.events.ContactMethod;
import nl.gastouderbureau.complaints.events.ConversationOutcome;
import nl.gastouderbureau.complaints.events.InformalConversationHeld;
import nl.gastouderbureau.complaints.events.PersonalContactOverdue;
import nl.gastouderbureau.complaints.events.PersonalContactRecorded;
import nl.gastouderbureau.complaints.events.PersonalContactRequested;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static nl.gastouderbureau.complaints.cases.command.CaseTestData.*;
import static nl.gastouderbureau.complaints.cases.command.ScheduledDeadlines.CONTACT_OVERDUE;

/** F6: whoever asks for a call or an appointment is contacted within two days, or management hears of it. */
class PersonalContactRulesTest {

    /** Received 24 November 10:00 (UTC), plus the default two days. */
    private static final Instant CONTACT_BY = Instant.parse("2026-11-26T10:00:00Z");
    private static final Instant RECORDED_AT = Instant.parse("2026-11-27T15:00:00Z");
    private static final PersonalContactRequested REQUESTED = new PersonalContactRequested(CASE, RECEIVED_AT, CONTACT_BY);

    private final AggregateTestFixture<Case> fixture = fixture();

    @Test
    void contactRequestedWhenFeedbackAsksForIt() {
        fixture.givenNoPriorActivity()
                .when(openFeedback(CONTACT, true))
                .expectSuccessfulHandlerExecution()
                .expectEvents(feedbackOpened(true), REQUESTED)
                .expectScheduledDeadlineWithName(CONTACT_BY, CONTACT_OVERDUE);
    }

    @Test
    void feedbackThatDoesNotAskHasNoContactTask() {
        fixture.givenNoPriorActivity()
                .when(openFeedback(CONTACT, false))
                .expectEvents(feedbackOpened())
                .expectNoScheduledDeadlineWithName(CONTACT_BY, CONTACT_OVERDUE);
    }

    @Test
    void contactRecordedInTimeClosesTheTask() {
        fixture.givenCommands(openFeedback(CONTACT, true))
                .when(record(LocalDate.parse("2026-11-25")))
                .expectEvents(recorded(LocalDate.parse("2026-11-25"), false))
                .expectNoScheduledDeadlineWithName(CONTACT_BY, CONTACT_OVERDUE);
    }

    @Test
    void contactOnTheDayOfContactByIsInTime() {
        fixture.given(feedbackOpened(true), REQUESTED)
                .when(record(LocalDate.parse("2026-11-26")))
                .expectEvents(recorded(LocalDate.parse("2026-11-26"), false));
    }

    @Test
    void lateContactIsMarkedLate() {
        fixture.given(feedbackOpened(true), REQUESTED, new PersonalContactOverdue(CASE, CONTACT_BY, CONTACT_BY))
                .when(record(LocalDate.parse("2026-11-27")))
                .expectEvents(recorded(LocalDate.parse("2026-11-27"), true));
    }

    @Test
    void openContactRequestIsEscalatedAtContactBy() {
        fixture.givenCurrentTime(RECEIVED_AT)
                .andGivenCommands(openFeedback(CONTACT, true))
                .whenTimeAdvancesTo(CONTACT_BY)
                .expectDeadlinesMet(DeadlineDue.at(CONTACT_BY))
                .expectEvents(new PersonalContactOverdue(CASE, CONTACT_BY, CONTACT_BY));
    }

    @Test
    void recordedContactIsNotEscalated() {
        fixture.givenCurrentTime(RECEIVED_AT)
                .andGivenCommands(openFeedback(CONTACT, true), record(LocalDate.parse("2026-11-25")))
                .whenTimeAdvancesTo(CONTACT_BY.plus(Duration.ofDays(1)))
                .expectNoEvents();
    }

    @Test
    void staffMayRecordAContactNobodyAskedFor() {
        fixture.given(feedbackOpened())
                .when(record(LocalDate.parse("2026-11-30")))
                .expectEvents(recorded(LocalDate.parse("2026-11-30"), false));
    }

    @Test
    void aFurtherContactIsRecordedAndLeavesTheCompletedTaskAlone() {
        fixture.given(feedbackOpened(true), REQUESTED, recorded(LocalDate.parse("2026-11-25"), false))
                .when(record(LocalDate.parse("2026-12-10")))
                .expectEvents(recorded(LocalDate.parse("2026-12-10"), false));
    }

    @Test
    void aContactIsRecordedOnAClosedCaseToo() {
        fixture.given(informalRegistered(),
                        new InformalConversationHeld(CASE, LocalDate.parse("2026-11-25"), ConversationOutcome.RESOLVED, "Opgelost", STAFF, DAY_3),
                        new CaseClosed(CASE, CloseReason.RESOLVED_INFORMALLY, STAFF, DAY_3))
                .when(record(LocalDate.parse("2026-11-27")))
                .expectEvents(recorded(LocalDate.parse("2026-11-27"), false));
    }

    @Test
    void aContactBeforeTheCaseWasReceivedIsRefused() {
        fixture.given(feedbackOpened(true), REQUESTED)
                .when(record(LocalDate.parse("2026-11-23")))
                .expectException(refusedBy(Rules.CONTACT_BEFORE_RECEIPT))
                .expectNoEvents();
    }

    @Test
    void theDayOfReceiptIsTheAgencysDay() {
        // 23:30 UTC on 24 November is already 25 November in Amsterdam.
        Instant lateEvening = Instant.parse("2026-11-24T23:30:00Z");
        fixture.given(complaintFiledAt(lateEvening))
                .when(record(LocalDate.parse("2026-11-24")))
                .expectException(refusedBy(Rules.CONTACT_BEFORE_RECEIPT));
    }

    private static RecordPersonalContactCommand record(LocalDate contactedOn) {
        return new RecordPersonalContactCommand(CASE_ID, contactedOn, ContactMethod.PHONE, "Gebeld over het idee", null,
                STAFF, RECORDED_AT);
    }

    private static PersonalContactRecorded recorded(LocalDate contactedOn, boolean late) {
        return new PersonalContactRecorded(CASE, contactedOn, ContactMethod.PHONE, "Gebeld over het idee", late,
                STAFF, RECORDED_AT);
    }

    private static nl.gastouderbureau.complaints.events.ComplaintFiled complaintFiledAt(Instant filedAt) {
        nl.gastouderbureau.complaints.events.ComplaintFiled filed = complaintFiled();
        return new nl.gastouderbureau.complaints.events.ComplaintFiled(filed.caseId(), filed.reference(),
                filed.clientAccount(), filed.subject(), filed.description(), filed.involvedEmployee(), filed.occurredOn(),
                filed.desiredOutcome(), filed.category(), filed.language(), filed.contact(), filed.informalCaseId(),
                filedAt, filed.handleBy(), filed.legalLimit());
    }
}
