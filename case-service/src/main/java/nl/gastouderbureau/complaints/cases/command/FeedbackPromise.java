package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.FeedbackCaseOpened;
import nl.gastouderbureau.complaints.events.FeedbackResponseOverdue;
import nl.gastouderbureau.complaints.events.FeedbackResponseRecorded;
import nl.gastouderbureau.complaints.events.FeedbackResponseReminderDue;
import nl.gastouderbureau.complaints.support.web.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;

import java.time.Duration;
import java.time.Instant;

import static nl.gastouderbureau.complaints.cases.command.ScheduledDeadlines.FEEDBACK_OVERDUE;
import static nl.gastouderbureau.complaints.cases.command.ScheduledDeadlines.FEEDBACK_REMINDER;
import static nl.gastouderbureau.complaints.cases.command.ScheduledDeadlines.scheduling;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * F1–F5, the promise to respond to an idea, tip or remark by {@code respondBy}: one response, a
 * reminder to staff before the date and an escalation at it while there is none. A late response
 * is still accepted, and marked late. Anonymous or not, the promise is the same.
 * <p>
 * A member of {@link Case}; on a case of any other kind it has no {@code respondBy} and refuses.
 */
final class FeedbackPromise {

    private String caseId;
    private Instant respondBy;
    private boolean responded;
    private boolean reminded;
    private boolean overdue;
    private final ScheduledDeadlines deadlines = new ScheduledDeadlines();

    /** As the case opens: the reminder and the deadline, whose ids go in the opening event's metadata. */
    static MetaData promise(DeadlineManager manager, String caseId, Instant respondBy, Duration reminderBefore) {
        return scheduling(manager, caseId)
                .schedule(FEEDBACK_REMINDER, respondBy.minus(reminderBefore), DeadlineDue.at(respondBy))
                .schedule(FEEDBACK_OVERDUE, respondBy, DeadlineDue.at(respondBy))
                .metaData();
    }

    @CommandHandler
    void handle(RecordFeedbackResponseCommand command, DeadlineManager manager) {
        if (respondBy == null) {
            throw new RuleViolationException(Rules.NOT_A_FEEDBACK_CASE, "Only an idea, tip or remark gets a feedback response");
        }
        if (responded) {
            throw new RuleViolationException(Rules.ALREADY_RESPONDED, "The feedback was responded to before");
        }
        deadlines.cancel(manager, FEEDBACK_REMINDER);
        deadlines.cancel(manager, FEEDBACK_OVERDUE);
        apply(new FeedbackResponseRecorded(caseId, command.outcome(), command.message(),
                command.at().isAfter(respondBy), command.by(), command.at()));
    }

    // Each deadline is delivered at least once, and may come after the response: so first the check.

    @DeadlineHandler(deadlineName = FEEDBACK_REMINDER)
    void reminderDue(DeadlineDue due, @Timestamp Instant now) {
        if (!responded && !reminded) {
            apply(new FeedbackResponseReminderDue(caseId, respondBy, now));
        }
    }

    @DeadlineHandler(deadlineName = FEEDBACK_OVERDUE)
    void responseOverdue(DeadlineDue due, @Timestamp Instant now) {
        if (!responded && !overdue) {
            apply(new FeedbackResponseOverdue(caseId, respondBy, now));
        }
    }

    @EventSourcingHandler
    void on(FeedbackCaseOpened event, MetaData metaData) {
        caseId = event.caseId();
        respondBy = event.respondBy();
        deadlines.remember(metaData);
    }

    @EventSourcingHandler
    void on(FeedbackResponseRecorded event) {
        responded = true;
    }

    @EventSourcingHandler
    void on(FeedbackResponseReminderDue event) {
        reminded = true;
    }

    @EventSourcingHandler
    void on(FeedbackResponseOverdue event) {
        overdue = true;
    }
}
