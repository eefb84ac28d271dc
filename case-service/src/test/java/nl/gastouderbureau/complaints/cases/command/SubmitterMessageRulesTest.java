package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.CaseClosed;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.CloseReason;
import nl.gastouderbureau.complaints.events.SubmitterMessageAdded;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static nl.gastouderbureau.complaints.cases.command.CaseTestData.*;

/** F7: a submitter's reply by mail joins the timeline of the case it quotes, once. */
class SubmitterMessageRulesTest {

    private static final Instant MAILED_AT = Instant.parse("2026-11-26T08:15:00Z");

    private final AggregateTestFixture<Case> fixture = fixture();

    @Test
    void replyJoinsTimeline() {
        fixture.given(feedbackOpened())
                .when(add("reply-1"))
                .expectEvents(added("reply-1"));
    }

    @Test
    void redeliveredReplyAddsNothing() {
        fixture.given(feedbackOpened(), added("reply-1"))
                .when(add("reply-1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void everyOtherReplyJoinsToo() {
        fixture.given(feedbackOpened(), added("reply-1"))
                .when(add("reply-2"))
                .expectEvents(added("reply-2"));
    }

    @Test
    void aReplyJoinsAClosedCase() {
        fixture.given(complaintFiled(), new CaseClosed(CASE, CloseReason.REFERRAL_ENDED, STAFF, DAY_3))
                .when(add("reply-1"))
                .expectEvents(added("reply-1"));
    }

    @Test
    void aReplyToACaseThatDoesNotExistChangesNothing() {
        fixture.givenNoPriorActivity()
                .when(add("reply-1"))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    private static AddSubmitterMessageCommand add(String replyId) {
        return new AddSubmitterMessageCommand(CASE_ID, replyId, Channel.EMAIL, "Re: [FB-2026-0001]", "Nog een aanvulling",
                2, MAILED_AT);
    }

    private static SubmitterMessageAdded added(String replyId) {
        return new SubmitterMessageAdded(CASE, replyId, Channel.EMAIL, "Re: [FB-2026-0001]", "Nog een aanvulling", 2, MAILED_AT);
    }
}
