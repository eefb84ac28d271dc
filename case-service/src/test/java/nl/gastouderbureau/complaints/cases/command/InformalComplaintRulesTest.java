package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.CaseClosed;
import nl.gastouderbureau.complaints.events.CloseReason;
import nl.gastouderbureau.complaints.events.ConversationOutcome;
import nl.gastouderbureau.complaints.events.InformalConversationHeld;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static nl.gastouderbureau.complaints.cases.command.CaseTestData.*;

/** C1 and the informal end of C2: the conversation first; a formal complaint may continue it. */
class InformalComplaintRulesTest {

    private static final LocalDate HELD_ON = LocalDate.of(2026, 11, 27);

    private final AggregateTestFixture<Case> fixture = fixture();

    @Test
    void staffRegisterAnInformalComplaint() {
        fixture.givenNoPriorActivity()
                .when(registerInformal())
                .expectEvents(informalRegistered())
                .expectNoScheduledDeadlines();
    }

    @Test
    void aResolvedConversationClosesTheCase() {
        fixture.given(informalRegistered())
                .when(conversation(ConversationOutcome.RESOLVED))
                .expectEvents(held(ConversationOutcome.RESOLVED),
                        new CaseClosed(CASE, CloseReason.RESOLVED_INFORMALLY, STAFF, DAY_3));
    }

    @Test
    void anUnresolvedConversationInvitesAFormalComplaint() {
        fixture.given(informalRegistered())
                .when(conversation(ConversationOutcome.UNRESOLVED))
                .expectEvents(held(ConversationOutcome.UNRESOLVED));
    }

    @Test
    void theConversationIsRecordedOnce() {
        fixture.given(informalRegistered(), held(ConversationOutcome.UNRESOLVED))
                .when(conversation(ConversationOutcome.RESOLVED))
                .expectException(refusedBy(Rules.CONVERSATION_ALREADY_HELD))
                .expectNoEvents();
    }

    @Test
    void onlyAnInformalComplaintHasAConversation() {
        fixture.given(feedbackOpened())
                .when(conversation(ConversationOutcome.RESOLVED))
                .expectException(refusedBy(Rules.NOT_AN_INFORMAL_COMPLAINT))
                .expectNoEvents();
    }

    @Test
    void aFormalComplaintClosesTheInformalCaseItContinues() {
        fixture.given(informalRegistered(), held(ConversationOutcome.UNRESOLVED))
                .when(new CloseAsContinuedCommand(CASE_ID, "formal-1", CLIENT, DAY_3))
                .expectEvents(new CaseClosed(CASE, CloseReason.CONTINUED_AS_FORMAL, CLIENT, DAY_3));
    }

    @Test
    void aClosedCaseRefusesEveryChange() {
        fixture.given(informalRegistered(), held(ConversationOutcome.RESOLVED),
                        new CaseClosed(CASE, CloseReason.RESOLVED_INFORMALLY, STAFF, DAY_3))
                .when(new CloseAsContinuedCommand(CASE_ID, "formal-1", CLIENT, DAY_3))
                .expectException(refusedBy(Rules.CASE_CLOSED))
                .expectNoEvents();
    }

    private static RecordConversationCommand conversation(ConversationOutcome outcome) {
        return new RecordConversationCommand(CASE_ID, HELD_ON, outcome, "Gesprek gevoerd", null, STAFF, DAY_3);
    }

    private static InformalConversationHeld held(ConversationOutcome outcome) {
        return new InformalConversationHeld(CASE, HELD_ON, outcome, "Gesprek gevoerd", STAFF, DAY_3);
    }
}
