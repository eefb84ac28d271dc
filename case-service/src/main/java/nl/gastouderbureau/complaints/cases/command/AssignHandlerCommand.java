package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * C3: staff assign the complaint to a handler.
 *
 * @param expectedVersion the version the sender saw ({@code If-Match}); null skips the check
 */
public record AssignHandlerCommand(
        @TargetAggregateIdentifier CaseId caseId,
        String handlerId,
        @TargetAggregateVersion Long expectedVersion,
        Actor by,
        Instant at) {
}
