package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * C7: the client answers the decision.
 *
 * @param expectedVersion the version the sender saw ({@code If-Match}); null skips the check
 */
public record RecordSatisfactionCommand(
        @TargetAggregateIdentifier CaseId caseId,
        boolean satisfied,
        String comment,
        @TargetAggregateVersion Long expectedVersion,
        Actor by,
        Instant at) {
}
