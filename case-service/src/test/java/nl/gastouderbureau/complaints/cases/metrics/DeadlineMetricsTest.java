package nl.gastouderbureau.complaints.cases.metrics;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.gastouderbureau.complaints.cases.command.Case;
import nl.gastouderbureau.complaints.cases.command.CaseId;
import nl.gastouderbureau.complaints.cases.command.OpenFeedbackCaseCommand;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.FeedbackResponseOverdue;
import nl.gastouderbureau.complaints.events.FeedbackResponseReminderDue;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.support.config.Deadlines;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineMetricsTest {

    private static final Instant RECEIVED_AT = Instant.parse("2026-11-24T10:00:00Z");
    private static final Deadlines PERIODS = new Deadlines(Duration.ofDays(14), Duration.ofDays(14), Duration.ofDays(4),
            Duration.ofDays(42), Duration.ofDays(2));

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void theFeedbackDeadlinesAreCountedByNameAsTheyFire() {
        AggregateTestFixture<Case> fixture = new AggregateTestFixture<>(Case.class);
        fixture.registerInjectableResource(PERIODS);
        fixture.registerDeadlineHandlerInterceptor(new DeadlineMetrics(meters));

        fixture.givenCommands(new OpenFeedbackCaseCommand(new CaseId("case-1"), "FB-2026-0001", SubmissionKind.IDEA,
                        Channel.WEB_FORM, SubmitterRole.PARENT, null, Language.NL, "Een idee", null, false, RECEIVED_AT,
                        PERIODS.feedbackResponse(), 0))
                .whenTimeElapses(Duration.ofDays(15))
                .expectEvents(
                        new FeedbackResponseReminderDue("case-1", RECEIVED_AT.plus(Duration.ofDays(14)), RECEIVED_AT.plus(Duration.ofDays(10))),
                        new FeedbackResponseOverdue("case-1", RECEIVED_AT.plus(Duration.ofDays(14)), RECEIVED_AT.plus(Duration.ofDays(14))));

        assertThat(meters.get(DeadlineMetrics.METER).tags("deadline", "feedback-reminder").counter().count()).isEqualTo(1);
        assertThat(meters.get(DeadlineMetrics.METER).tags("deadline", "feedback-overdue").counter().count()).isEqualTo(1);
    }
}
