package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.CaseCategorised;
import nl.gastouderbureau.complaints.events.CaseClosed;
import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.ClientSatisfactionRecorded;
import nl.gastouderbureau.complaints.events.CloseReason;
import nl.gastouderbureau.complaints.events.CorrectiveActionCompleted;
import nl.gastouderbureau.complaints.events.CorrectiveActionOverdue;
import nl.gastouderbureau.complaints.events.CorrectiveActionReminderDue;
import nl.gastouderbureau.complaints.events.DisputesCommitteeRulingRecorded;
import nl.gastouderbureau.complaints.events.ReferredToDisputesCommittee;
import nl.gastouderbureau.complaints.events.Verdict;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static nl.gastouderbureau.complaints.cases.command.CaseTestData.*;
import static nl.gastouderbureau.complaints.cases.command.ScheduledDeadlines.ACTION_OVERDUE;
import static nl.gastouderbureau.complaints.cases.command.ScheduledDeadlines.ACTION_REMINDER;

/** C5, C6b, C7 and C8: after the decision — corrective actions, satisfaction, De Geschillencommissie. */
class ComplaintAftercareRulesTest {

    private static final Instant DECIDED_AT = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-12-10T10:00:00Z");
    /** 31 December ends at 1 January 00:00 in Amsterdam, 23:00 UTC. */
    private static final Instant ACTION_DUE_END = Instant.parse("2026-12-31T23:00:00Z");
    private static final LocalDate REFERRED_ON = LocalDate.of(2026, 12, 10);

    private final AggregateTestFixture<Case> fixture = fixture();

    @Test
    void eachCorrectiveActionGetsItsOwnReminderAndOverdueDeadline() {
        fixture.givenCommands(fileComplaint("client"))
                .when(decide(Verdict.PARTLY_WELL_FOUNDED, DECIDED_AT, ACTION))
                .expectEvents(decided(Verdict.PARTLY_WELL_FOUNDED, DECIDED_AT, ACTION))
                .expectScheduledDeadlineWithName(ACTION_DUE_END.minus(Duration.ofDays(4)), ACTION_REMINDER)
                .expectScheduledDeadlineWithName(ACTION_DUE_END, ACTION_OVERDUE);
    }

    @Test
    void anOverdueCorrectiveActionIsRemindedThenEscalated() {
        Instant reminderAt = ACTION_DUE_END.minus(Duration.ofDays(4));
        fixture.givenCurrentTime(RECEIVED_AT)
                .andGivenCommands(fileComplaint("client"), decide(Verdict.WELL_FOUNDED, DECIDED_AT, ACTION))
                .whenTimeAdvancesTo(ACTION_DUE_END)
                .expectDeadlinesMet(new DeadlineDue(ACTION_DUE_END, ACTION.id()), new DeadlineDue(ACTION_DUE_END, ACTION.id()))
                .expectEvents(new CorrectiveActionReminderDue(CASE, ACTION.id(), ACTION.owner(), ACTION.dueOn(), reminderAt),
                        new CorrectiveActionOverdue(CASE, ACTION.id(), ACTION.owner(), ACTION.dueOn(), ACTION_DUE_END));
    }

    @Test
    void aCompletedCorrectiveActionIsNeverOverdue() {
        fixture.givenCurrentTime(RECEIVED_AT)
                .andGivenCommands(fileComplaint("client"), decide(Verdict.WELL_FOUNDED, DECIDED_AT, ACTION),
                        complete(ACTION.id()))
                .whenTimeAdvancesTo(ACTION_DUE_END)
                .expectNoEvents();
    }

    @Test
    void correctiveActionsAreCompletedOneByOne() {
        fixture.given(complaintFiled(), decided(Verdict.WELL_FOUNDED, DECIDED_AT, ACTION, OTHER_ACTION))
                .when(complete(ACTION.id()))
                .expectEvents(completed(ACTION.id()));
    }

    @Test
    void onlyADecidedCorrectiveActionIsCompleted() {
        fixture.given(complaintFiled(), decided(Verdict.WELL_FOUNDED, DECIDED_AT, ACTION))
                .when(complete("no-such-action"))
                .expectException(refusedBy(Rules.UNKNOWN_CORRECTIVE_ACTION))
                .expectNoEvents();
    }

    @Test
    void aCorrectiveActionIsCompletedOnce() {
        fixture.given(complaintFiled(), decided(Verdict.WELL_FOUNDED, DECIDED_AT, ACTION, OTHER_ACTION), completed(ACTION.id()))
                .when(complete(ACTION.id()))
                .expectException(refusedBy(Rules.ACTION_ALREADY_COMPLETED))
                .expectNoEvents();
    }

    @Test
    void theCaseClosesWhenTheClientIsSatisfiedAndTheLastActionIsDone() {
        fixture.given(complaintFiled(), decided(Verdict.WELL_FOUNDED, DECIDED_AT, ACTION), satisfaction(true))
                .when(complete(ACTION.id()))
                .expectEvents(completed(ACTION.id()),
                        new CaseClosed(CASE, CloseReason.SATISFIED_AND_ACTIONS_DONE, STAFF, LATER));
    }

    @Test
    void theCaseClosesWhenTheClientIsSatisfiedAfterAllActionsAreDone() {
        fixture.given(complaintFiled(), decided(Verdict.WELL_FOUNDED, DECIDED_AT, ACTION), completed(ACTION.id()))
                .when(satisfy(true))
                .expectEvents(satisfaction(true), new CaseClosed(CASE, CloseReason.SATISFIED_AND_ACTIONS_DONE, CLIENT, LATER));
    }

    @Test
    void aSatisfiedClientWaitsForTheOpenActions() {
        fixture.given(complaintFiled(), decided(Verdict.WELL_FOUNDED, DECIDED_AT, ACTION))
                .when(satisfy(true))
                .expectEvents(satisfaction(true));
    }

    @Test
    void anUnsatisfiedClientLeavesTheCaseOpen() {
        fixture.given(complaintFiled(), decided(Verdict.UNFOUNDED, DECIDED_AT))
                .when(satisfy(false))
                .expectEvents(satisfaction(false));
    }

    @Test
    void theClientAnswersOnlyADecision() {
        fixture.given(complaintFiled())
                .when(satisfy(true))
                .expectException(refusedBy(Rules.NOT_DECIDED))
                .expectNoEvents();
    }

    @Test
    void theClientAnswersTheDecisionOnce() {
        fixture.given(complaintFiled(), decided(Verdict.WELL_FOUNDED, DECIDED_AT, ACTION), satisfaction(false))
                .when(satisfy(true))
                .expectException(refusedBy(Rules.SATISFACTION_ALREADY_RECORDED))
                .expectNoEvents();
    }

    @Test
    void anUnsatisfiedClientMayReferToTheDisputesCommittee() {
        fixture.given(complaintFiled(), decided(Verdict.UNFOUNDED, DECIDED_AT), satisfaction(false))
                .when(refer(LATER))
                .expectEvents(referred(LATER));
    }

    @Test
    void aClientMayReferWhenHandleByPassedUndecided() {
        Instant afterHandleBy = HANDLE_BY.plus(Duration.ofHours(1));
        fixture.given(complaintFiled())
                .when(refer(afterHandleBy))
                .expectEvents(referred(afterHandleBy));
    }

    @Test
    void cannotReferBeforeDecisionOrDeadline() {
        fixture.given(complaintFiled())
                .when(refer(DAY_3))
                .expectException(refusedBy(Rules.REFERRAL_NOT_ALLOWED))
                .expectNoEvents();
    }

    @Test
    void aSatisfiedClientCannotRefer() {
        fixture.given(complaintFiled(), decided(Verdict.WELL_FOUNDED, DECIDED_AT, ACTION), satisfaction(true))
                .when(refer(LATER))
                .expectException(refusedBy(Rules.REFERRAL_NOT_ALLOWED))
                .expectNoEvents();
    }

    @Test
    void aComplaintIsReferredOnce() {
        fixture.given(complaintFiled(), decided(Verdict.UNFOUNDED, DECIDED_AT), satisfaction(false), referred(LATER))
                .when(refer(LATER))
                .expectException(refusedBy(Rules.REFERRAL_ALREADY_MADE))
                .expectNoEvents();
    }

    @Test
    void referralIsMadeWithinTwelveMonthsOfFiling() {
        fixture.given(complaintFiled(), decided(Verdict.UNFOUNDED, DECIDED_AT), satisfaction(false))
                .when(refer(Instant.parse("2027-11-25T10:00:00Z")))
                .expectException(refusedBy(Rules.REFERRAL_TOO_LATE))
                .expectNoEvents();
    }

    @Test
    void onlyAFormalComplaintIsReferred() {
        fixture.given(informalRegistered())
                .when(refer(LATER))
                .expectException(refusedBy(Rules.NOT_A_COMPLAINT))
                .expectNoEvents();
    }

    @Test
    void theRulingEndsTheReferralAndClosesTheCase() {
        LocalDate receivedOn = LocalDate.of(2027, 2, 1);
        Instant at = Instant.parse("2027-02-02T09:00:00Z");
        fixture.given(complaintFiled(), decided(Verdict.UNFOUNDED, DECIDED_AT), satisfaction(false), referred(LATER))
                .when(new RecordRulingCommand(CASE_ID, "Gegrond", receivedOn, null, STAFF, at))
                .expectEvents(new DisputesCommitteeRulingRecorded(CASE, "Gegrond", receivedOn, STAFF, at),
                        new CaseClosed(CASE, CloseReason.REFERRAL_ENDED, STAFF, at));
    }

    @Test
    void aRulingNeedsAReferral() {
        fixture.given(complaintFiled(), decided(Verdict.UNFOUNDED, DECIDED_AT))
                .when(new RecordRulingCommand(CASE_ID, "Gegrond", LocalDate.of(2027, 2, 1), null, STAFF, LATER))
                .expectException(refusedBy(Rules.NOT_REFERRED))
                .expectNoEvents();
    }

    @Test
    void staffMayReclassifyACase() {
        fixture.given(feedbackOpened())
                .when(new CategoriseCaseCommand(CASE_ID, Category.SAFETY, null, STAFF, DAY_3))
                .expectEvents(new CaseCategorised(CASE, Category.SAFETY, STAFF, DAY_3));
    }

    private static CompleteCorrectiveActionCommand complete(String actionId) {
        return new CompleteCorrectiveActionCommand(CASE_ID, actionId, "Gedaan", null, STAFF, LATER);
    }

    private static CorrectiveActionCompleted completed(String actionId) {
        return new CorrectiveActionCompleted(CASE, actionId, "Gedaan", STAFF, LATER);
    }

    private static RecordSatisfactionCommand satisfy(boolean satisfied) {
        return new RecordSatisfactionCommand(CASE_ID, satisfied, "Mijn antwoord", null, CLIENT, LATER);
    }

    private static ClientSatisfactionRecorded satisfaction(boolean satisfied) {
        return new ClientSatisfactionRecorded(CASE, satisfied, "Mijn antwoord", CLIENT, LATER);
    }

    private static ReferToDisputesCommitteeCommand refer(Instant at) {
        return new ReferToDisputesCommitteeCommand(CASE_ID, REFERRED_ON, null, null, CLIENT, at);
    }

    private static ReferredToDisputesCommittee referred(Instant at) {
        return new ReferredToDisputesCommittee(CASE, REFERRED_ON, null, CLIENT, at);
    }
}
