package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.ComplaintHandlingOverdue;
import nl.gastouderbureau.complaints.events.ComplaintHandlingReminderDue;
import nl.gastouderbureau.complaints.events.HandlerAssigned;
import nl.gastouderbureau.complaints.events.HandlingDeadlineExtended;
import nl.gastouderbureau.complaints.events.LegalHandlingLimitExceeded;
import nl.gastouderbureau.complaints.events.Verdict;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static nl.gastouderbureau.complaints.cases.command.CaseTestData.*;
import static nl.gastouderbureau.complaints.cases.command.ScheduledDeadlines.HANDLING_OVERDUE;
import static nl.gastouderbureau.complaints.cases.command.ScheduledDeadlines.HANDLING_REMINDER;

/** C2–C4, C6 and C6a: filing, the handler, the decision and the two clocks. */
class ComplaintHandlingRulesTest {

    private static final Instant REMINDER_AT = HANDLE_BY.minus(Duration.ofDays(4));
    private static final Instant EXTENDED = HANDLE_BY.plus(Duration.ofDays(14));
    private static final Instant DAY_10 = RECEIVED_AT.plus(Duration.ofDays(10));

    private final AggregateTestFixture<Case> fixture = fixture();

    @Test
    void aFormalComplaintIsFiledWithBothClocks() {
        fixture.givenNoPriorActivity()
                .when(fileComplaint("client"))
                .expectEvents(complaintFiled())
                .expectScheduledDeadlineWithName(REMINDER_AT, HANDLING_REMINDER)
                .expectScheduledDeadlineWithName(HANDLE_BY, HANDLING_OVERDUE)
                .expectScheduledDeadlineWithName(LEGAL_LIMIT, ScheduledDeadlines.LEGAL_LIMIT);
    }

    @Test
    void aFormalComplaintComesFromALoggedInClient() {
        fixture.givenNoPriorActivity()
                .when(fileComplaint(" "))
                .expectException(refusedBy(Rules.CLIENT_ACCOUNT_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void staffAssignAHandler() {
        fixture.given(complaintFiled())
                .when(assign("m.devries"))
                .expectEvents(new HandlerAssigned(CASE, "m.devries", STAFF, DAY_3));
    }

    @Test
    void handlerMayNotBeTheInvolvedEmployee() {
        fixture.given(complaintFiled())
                .when(assign("  J.Bakker "))
                .expectException(refusedBy(Rules.HANDLER_IS_INVOLVED))
                .expectNoEvents();
    }

    @Test
    void onlyAComplaintGetsAHandler() {
        fixture.given(feedbackOpened())
                .when(assign("m.devries"))
                .expectException(refusedBy(Rules.NOT_A_COMPLAINT))
                .expectNoEvents();
    }

    @Test
    void anUnfoundedVerdictNeedsNoCorrectiveActionAndStopsBothClocks() {
        fixture.givenCommands(fileComplaint("client"))
                .when(decide(Verdict.UNFOUNDED, DAY_10))
                .expectEvents(decided(Verdict.UNFOUNDED, DAY_10))
                .expectNoScheduledDeadlines();
    }

    @Test
    void wellFoundedVerdictNeedsACorrectiveAction() {
        fixture.given(complaintFiled())
                .when(decide(Verdict.WELL_FOUNDED, DAY_10))
                .expectException(refusedBy(Rules.CORRECTIVE_ACTION_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void partlyWellFoundedVerdictNeedsACorrectiveAction() {
        fixture.given(complaintFiled())
                .when(decide(Verdict.PARTLY_WELL_FOUNDED, DAY_10))
                .expectException(refusedBy(Rules.CORRECTIVE_ACTION_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void aComplaintIsDecidedOnce() {
        fixture.given(complaintFiled(), decided(Verdict.UNFOUNDED, DAY_10))
                .when(decide(Verdict.UNFOUNDED, DAY_10))
                .expectException(refusedBy(Rules.ALREADY_DECIDED))
                .expectNoEvents();
    }

    @Test
    void handlerIsRemindedFourDaysBeforeHandleBy() {
        fixture.givenCurrentTime(RECEIVED_AT)
                .andGivenCommands(fileComplaint("client"), assign("m.devries"))
                .whenTimeAdvancesTo(REMINDER_AT)
                .expectDeadlinesMet(DeadlineDue.at(HANDLE_BY))
                .expectEvents(new ComplaintHandlingReminderDue(CASE, HANDLE_BY, "m.devries", REMINDER_AT));
    }

    @Test
    void overdueComplaintIsEscalated() {
        fixture.givenCurrentTime(RECEIVED_AT)
                .andGivenCommands(fileComplaint("client"))
                .whenTimeAdvancesTo(HANDLE_BY)
                .expectEvents(new ComplaintHandlingReminderDue(CASE, HANDLE_BY, null, REMINDER_AT),
                        new ComplaintHandlingOverdue(CASE, HANDLE_BY, HANDLE_BY));
    }

    @Test
    void passingTheLegalLimitUndecidedIsEscalatedAgain() {
        fixture.givenCurrentTime(RECEIVED_AT)
                .andGivenCommands(fileComplaint("client"))
                .whenTimeAdvancesTo(LEGAL_LIMIT)
                .expectDeadlinesMet(DeadlineDue.at(HANDLE_BY), DeadlineDue.at(HANDLE_BY), DeadlineDue.at(LEGAL_LIMIT))
                .expectEvents(new ComplaintHandlingReminderDue(CASE, HANDLE_BY, null, REMINDER_AT),
                        new ComplaintHandlingOverdue(CASE, HANDLE_BY, HANDLE_BY),
                        new LegalHandlingLimitExceeded(CASE, LEGAL_LIMIT, LEGAL_LIMIT));
    }

    @Test
    void aDecidedComplaintIsNeverOverdue() {
        fixture.givenCurrentTime(RECEIVED_AT)
                .andGivenCommands(fileComplaint("client"), decide(Verdict.UNFOUNDED, DAY_3))
                .whenTimeAdvancesTo(LEGAL_LIMIT.plus(Duration.ofDays(1)))
                .expectNoEvents();
    }

    @Test
    void handleByMayBeExtendedOnceWithAReason() {
        fixture.givenCommands(fileComplaint("client"))
                .when(extend(EXTENDED))
                .expectEvents(new HandlingDeadlineExtended(CASE, HANDLE_BY, EXTENDED, "Verlof", STAFF, DAY_3))
                .expectScheduledDeadlineWithName(EXTENDED.minus(Duration.ofDays(4)), HANDLING_REMINDER)
                .expectScheduledDeadlineWithName(EXTENDED, HANDLING_OVERDUE)
                .expectScheduledDeadlineWithName(LEGAL_LIMIT, ScheduledDeadlines.LEGAL_LIMIT)
                .expectNoScheduledDeadlineWithName(HANDLE_BY, HANDLING_OVERDUE);
    }

    @Test
    void anExtendedComplaintIsOverdueOnlyAtItsNewHandleBy() {
        Instant newReminder = EXTENDED.minus(Duration.ofDays(4));
        fixture.givenCurrentTime(RECEIVED_AT)
                .andGivenCommands(fileComplaint("client"), extend(EXTENDED))
                .whenTimeAdvancesTo(EXTENDED)
                .expectEvents(new ComplaintHandlingReminderDue(CASE, EXTENDED, null, newReminder),
                        new ComplaintHandlingOverdue(CASE, EXTENDED, EXTENDED));
    }

    @Test
    void theHandlingDeadlineIsExtendedOnlyOnce() {
        fixture.given(complaintFiled(), new HandlingDeadlineExtended(CASE, HANDLE_BY, EXTENDED, "Verlof", STAFF, DAY_3))
                .when(extend(EXTENDED.plus(Duration.ofDays(1))))
                .expectException(refusedBy(Rules.EXTENSION_ALREADY_USED))
                .expectNoEvents();
    }

    @Test
    void extensionNeverPassesTheLegalLimit() {
        fixture.given(complaintFiled())
                .when(extend(LEGAL_LIMIT.plusSeconds(1)))
                .expectException(refusedBy(Rules.EXTENSION_PAST_LEGAL_LIMIT))
                .expectNoEvents();
    }

    @Test
    void extensionMayReachTheLegalLimitExactly() {
        fixture.given(complaintFiled())
                .when(extend(LEGAL_LIMIT))
                .expectEvents(new HandlingDeadlineExtended(CASE, HANDLE_BY, LEGAL_LIMIT, "Verlof", STAFF, DAY_3));
    }

    @Test
    void anExtensionMovesHandleByLater() {
        fixture.given(complaintFiled())
                .when(extend(HANDLE_BY))
                .expectException(refusedBy(Rules.EXTENSION_NOT_LATER))
                .expectNoEvents();
    }

    @Test
    void aDecidedComplaintIsNotExtended() {
        fixture.given(complaintFiled(), decided(Verdict.UNFOUNDED, DAY_3))
                .when(extend(EXTENDED))
                .expectException(refusedBy(Rules.ALREADY_DECIDED))
                .expectNoEvents();
    }

    private static AssignHandlerCommand assign(String handlerId) {
        return new AssignHandlerCommand(CASE_ID, handlerId, null, STAFF, DAY_3);
    }

    private static ExtendHandlingDeadlineCommand extend(Instant newHandleBy) {
        return new ExtendHandlingDeadlineCommand(CASE_ID, newHandleBy, "Verlof", null, STAFF, DAY_3);
    }
}
