package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.Actor;
import nl.gastouderbureau.complaints.events.FeedbackOutcome;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * F2: staff record the response (terugkoppeling) to an idea, tip or remark.
 *
 * @param expectedVersion the version the sender saw ({@code If-Match}); null skips the check
 */
public record RecordFeedbackResponseCommand(
        @TargetAggregateIdentifier CaseId caseId,
        FeedbackOutcome outcome,
        String message,
        @TargetAggregateVersion Long expectedVersion,
        Actor by,
        Instant at) {
}
