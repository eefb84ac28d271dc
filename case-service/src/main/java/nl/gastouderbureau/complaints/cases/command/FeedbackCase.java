package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.FeedbackCaseOpened;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The handling of one idea, tip or remark (DESIGN §3, F1–F7).
 * <p>
 * A case is opened by its constructor, so a second opening of the same id tries to store a
 * second event at sequence 0, which the event store refuses: that is how a redelivered
 * submission is recognised, also when two deliveries race.
 */
@Aggregate
public class FeedbackCase {

    @AggregateIdentifier
    private CaseId id;

    protected FeedbackCase() {
        // Axon rebuilds the case from its events.
    }

    @CommandHandler
    public FeedbackCase(OpenFeedbackCaseCommand command) {
        if (!command.kind().isFeedback()) {
            throw new IllegalArgumentException("A feedback case is for an idea, tip or remark, not a " + command.kind());
        }
        // F1: the agency promises to respond within the feedback period.
        Instant respondBy = command.receivedAt().plus(command.responsePeriod());
        apply(new FeedbackCaseOpened(command.caseId().value(), command.reference(), command.kind(),
                command.channel(), command.submitterRole(), command.category(), command.language(),
                command.message(), command.contact(), command.wantsPersonalContact(),
                command.receivedAt(), respondBy));
    }

    @EventSourcingHandler
    void on(FeedbackCaseOpened event) {
        id = new CaseId(event.caseId());
    }
}
