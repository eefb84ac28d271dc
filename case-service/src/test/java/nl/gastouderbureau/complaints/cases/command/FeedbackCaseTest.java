package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.Contact;
import nl.gastouderbureau.complaints.events.FeedbackCaseOpened;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

class FeedbackCaseTest {

    private static final Instant RECEIVED_AT = Instant.parse("2026-11-24T10:00:00Z");
    private static final Contact CONTACT = new Contact("Anna", "anna@example.org", null);

    private AggregateTestFixture<FeedbackCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FeedbackCase.class);
    }

    @Test
    void feedbackIsAnsweredWithinFourteenDaysOfReceipt() {
        fixture.givenNoPriorActivity()
                .when(open(SubmissionKind.IDEA))
                .expectSuccessfulHandlerExecution()
                .expectEvents(opened(Instant.parse("2026-12-08T10:00:00Z")));
    }

    @Test
    void aSubmissionOpensItsCaseOnlyOnce() {
        // The fixture's store refuses a second event at sequence 0 as the JDBC store's unique key
        // does; there it surfaces as an AggregateStreamCreationException.
        fixture.given(opened(Instant.parse("2026-12-08T10:00:00Z")))
                .when(open(SubmissionKind.IDEA))
                .expectException(EventStoreException.class);
    }

    @Test
    void onlyIdeasTipsAndRemarksOpenAFeedbackCase() {
        fixture.givenNoPriorActivity()
                .when(open(SubmissionKind.COMPLAINT))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    private static OpenFeedbackCaseCommand open(SubmissionKind kind) {
        return new OpenFeedbackCaseCommand(new CaseId("case-1"), "FB-2026-0001", kind, Channel.WEB_FORM,
                SubmitterRole.PARENT, Category.COMMUNICATION, Language.NL, "Een idee", CONTACT, false,
                RECEIVED_AT, Duration.ofDays(14));
    }

    private static FeedbackCaseOpened opened(Instant respondBy) {
        return new FeedbackCaseOpened("case-1", "FB-2026-0001", SubmissionKind.IDEA, Channel.WEB_FORM,
                SubmitterRole.PARENT, Category.COMMUNICATION, Language.NL, "Een idee", CONTACT, false,
                RECEIVED_AT, respondBy);
    }
}
