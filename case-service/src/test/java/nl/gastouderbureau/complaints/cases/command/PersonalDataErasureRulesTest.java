package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.Actor;
import nl.gastouderbureau.complaints.events.CaseClosed;
import nl.gastouderbureau.complaints.events.CloseReason;
import nl.gastouderbureau.complaints.events.ErasureReason;
import nl.gastouderbureau.complaints.events.FeedbackOutcome;
import nl.gastouderbureau.complaints.events.FeedbackResponseRecorded;
import nl.gastouderbureau.complaints.events.HandlerAssigned;
import nl.gastouderbureau.complaints.events.PersonalDataErased;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static nl.gastouderbureau.complaints.cases.command.CaseTestData.*;

/** P2, P3: the erasure of a case's personal data is on its timeline once, by whom and why. */
class PersonalDataErasureRulesTest {

    private static final String SUBJECT = "ds-0123456789abcdef0123456789abcdef";
    private static final Instant ERASED_AT = Instant.parse("2028-12-01T10:00:00Z");

    private final AggregateTestFixture<Case> fixture = fixture();

    @Test
    void theSubjectMayAskForErasureOfAnOpenCase() {
        fixture.given(feedbackOpened())
                .when(erase(ErasureReason.ERASURE_REQUEST, STAFF))
                .expectEvents(erased(ErasureReason.ERASURE_REQUEST, STAFF));
    }

    @Test
    void aSecondRequestRecordsNothing() {
        fixture.given(complaintFiled(), erased(ErasureReason.ERASURE_REQUEST, STAFF))
                .when(erase(ErasureReason.ERASURE_REQUEST, STAFF))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void retentionErasesAClosedCase() {
        fixture.given(informalRegistered(), new CaseClosed(CASE, CloseReason.RESOLVED_INFORMALLY, STAFF, DAY_3))
                .when(erase(ErasureReason.RETENTION, Actor.system()))
                .expectEvents(erased(ErasureReason.RETENTION, Actor.system()));
    }

    @Test
    void retentionErasesFeedbackThatWasRespondedTo() {
        fixture.given(feedbackOpened(), new FeedbackResponseRecorded(CASE, FeedbackOutcome.NOTED, "Dank", false, STAFF, DAY_3))
                .when(erase(ErasureReason.RETENTION, Actor.system()))
                .expectEvents(erased(ErasureReason.RETENTION, Actor.system()));
    }

    @Test
    void retentionLeavesACaseThatIsNotFinished() {
        fixture.given(complaintFiled())
                .when(erase(ErasureReason.RETENTION, Actor.system()))
                .expectException(refusedBy(Rules.CASE_NOT_FINISHED))
                .expectNoEvents();
    }

    @Test
    void retentionAfterARequestRecordsNothing() {
        fixture.given(complaintFiled(), erased(ErasureReason.ERASURE_REQUEST, STAFF),
                        new CaseClosed(CASE, CloseReason.REFERRAL_ENDED, STAFF, DAY_3))
                .when(erase(ErasureReason.RETENTION, Actor.system()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theErasedNameOfTheEmployeeInvolvedNoLongerDecidesWhoMayHandle() {
        fixture.given(complaintFiled(), erased(ErasureReason.ERASURE_REQUEST, STAFF))
                .when(new AssignHandlerCommand(CASE_ID, INVOLVED, null, STAFF, DAY_3))
                .expectEvents(new HandlerAssigned(CASE, INVOLVED, STAFF, DAY_3));
    }

    @Test
    void aCaseThatDoesNotExistHasNothingToErase() {
        fixture.givenNoPriorActivity()
                .when(erase(ErasureReason.ERASURE_REQUEST, STAFF))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    private static ErasePersonalDataCommand erase(ErasureReason reason, Actor by) {
        return new ErasePersonalDataCommand(CASE_ID, SUBJECT, reason, by, ERASED_AT);
    }

    private static PersonalDataErased erased(ErasureReason reason, Actor by) {
        return new PersonalDataErased(CASE, SUBJECT, reason, by, ERASED_AT);
    }
}
