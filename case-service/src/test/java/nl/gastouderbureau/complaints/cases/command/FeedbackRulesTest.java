package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.Actor;
import nl.gastouderbureau.complaints.events.FeedbackOutcome;
import nl.gastouderbureau.complaints.events.FeedbackResponseOverdue;
import nl.gastouderbureau.complaints.events.FeedbackResponseRecorded;
import nl.gastouderbureau.complaints.events.FeedbackResponseReminderDue;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static nl.gastouderbureau.complaints.cases.command.CaseTestData.*;
import static nl.gastouderbureau.complaints.cases.command.ScheduledDeadlines.FEEDBACK_OVERDUE;
import static nl.gastouderbureau.complaints.cases.command.ScheduledDeadlines.FEEDBACK_REMINDER;

/** F1–F5: ideas, tips and remarks get a response within the promised period. */
class FeedbackRulesTest {

    private static final Instant REMINDER_AT = RESPOND_BY.minus(Duration.ofDays(4));

    private final AggregateTestFixture<Case> fixture = fixture();

    @Test
    void feedbackIsAnsweredWithinFourteenDaysOfReceipt() {
        fixture.givenNoPriorActivity()
                .when(openFeedback(CONTACT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(feedbackOpened())
                .expectScheduledDeadlineWithName(RESPOND_BY, FEEDBACK_OVERDUE)
                .expectScheduledDeadlineWithName(REMINDER_AT, FEEDBACK_REMINDER);
    }

    @Test
    void aSubmissionOpensItsCaseOnlyOnce() {
        // The fixture's store refuses a second event at sequence 0 as the JDBC store's unique key
        // does; there it surfaces as an AggregateStreamCreationException.
        fixture.given(feedbackOpened())
                .when(openFeedback(CONTACT))
                .expectException(EventStoreException.class);
    }

    @Test
    void onlyIdeasTipsAndRemarksOpenAFeedbackCase() {
        OpenFeedbackCaseCommand complaint = new OpenFeedbackCaseCommand(CASE_ID, "FB-2026-0001", SubmissionKind.COMPLAINT,
                null, null, null, null, "Een klacht", null, false, RECEIVED_AT, PERIODS.feedbackResponse(), 0);
        fixture.givenNoPriorActivity()
                .when(complaint)
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void anonymousFeedbackHasTheSameDeadline() {
        fixture.givenNoPriorActivity()
                .when(openFeedback(null))
                .expectSuccessfulHandlerExecution()
                .expectScheduledDeadlineWithName(RESPOND_BY, FEEDBACK_OVERDUE)
                .expectScheduledDeadlineWithName(REMINDER_AT, FEEDBACK_REMINDER);
    }

    @Test
    void staffRecordTheFeedbackAndTheCaseIsResponded() {
        fixture.givenCommands(openFeedback(CONTACT))
                .when(respond(DAY_3))
                .expectEvents(new FeedbackResponseRecorded(CASE, FeedbackOutcome.ADOPTED, "Goed idee", false, STAFF, DAY_3))
                .expectNoScheduledDeadlines();
    }

    @Test
    void feedbackIsRespondedToOnce() {
        fixture.given(feedbackOpened(), new FeedbackResponseRecorded(CASE, FeedbackOutcome.NOTED, "Dank", false, STAFF, DAY_3))
                .when(respond(DAY_3))
                .expectException(refusedBy(Rules.ALREADY_RESPONDED))
                .expectNoEvents();
    }

    @Test
    void onlyFeedbackGetsAFeedbackResponse() {
        fixture.given(complaintFiled())
                .when(respond(DAY_3))
                .expectException(refusedBy(Rules.NOT_A_FEEDBACK_CASE))
                .expectNoEvents();
    }

    @Test
    void staffAreRemindedFourDaysBeforeRespondByWithoutAResponse() {
        fixture.givenCurrentTime(RECEIVED_AT)
                .andGivenCommands(openFeedback(CONTACT))
                .whenTimeAdvancesTo(REMINDER_AT)
                .expectDeadlinesMet(DeadlineDue.at(RESPOND_BY))
                .expectEvents(new FeedbackResponseReminderDue(CASE, RESPOND_BY, REMINDER_AT));
    }

    @Test
    void feedbackWithoutResponseAtRespondByIsOverdueAndEscalated() {
        fixture.givenCurrentTime(RECEIVED_AT)
                .andGivenCommands(openFeedback(CONTACT))
                .whenTimeAdvancesTo(RESPOND_BY)
                .expectDeadlinesMet(DeadlineDue.at(RESPOND_BY), DeadlineDue.at(RESPOND_BY))
                .expectEvents(new FeedbackResponseReminderDue(CASE, RESPOND_BY, REMINDER_AT),
                        new FeedbackResponseOverdue(CASE, RESPOND_BY, RESPOND_BY));
    }

    @Test
    void respondedFeedbackIsNeitherRemindedNorOverdue() {
        fixture.givenCurrentTime(RECEIVED_AT)
                .andGivenCommands(openFeedback(CONTACT), respond(DAY_3))
                .whenTimeAdvancesTo(RESPOND_BY.plus(Duration.ofDays(1)))
                .expectNoEvents();
    }

    @Test
    void lateFeedbackResponseIsAcceptedAndMarkedLate() {
        Instant late = RESPOND_BY.plus(Duration.ofDays(1));
        fixture.given(feedbackOpened(), new FeedbackResponseOverdue(CASE, RESPOND_BY, RESPOND_BY))
                .when(respond(late))
                .expectEvents(new FeedbackResponseRecorded(CASE, FeedbackOutcome.ADOPTED, "Goed idee", true, STAFF, late));
    }

    @Test
    void everyChangeRecordsWhoAndWhen() {
        Actor employee = new Actor("m.devries", Actor.STAFF);
        fixture.given(feedbackOpened())
                .when(new RecordFeedbackResponseCommand(CASE_ID, FeedbackOutcome.PLANNED, "In het voorjaar", null, employee, DAY_3))
                .expectEvents(new FeedbackResponseRecorded(CASE, FeedbackOutcome.PLANNED, "In het voorjaar", false, employee, DAY_3));
    }

    private static RecordFeedbackResponseCommand respond(Instant at) {
        return new RecordFeedbackResponseCommand(CASE_ID, FeedbackOutcome.ADOPTED, "Goed idee", null, STAFF, at);
    }
}
