package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * C5: one corrective action was done.
 *
 * @param expectedVersion the version the sender saw ({@code If-Match}); null skips the check
 */
public record CompleteCorrectiveActionCommand(
        @TargetAggregateIdentifier CaseId caseId,
        String actionId,
        String note,
        @TargetAggregateVersion Long expectedVersion,
        Actor by,
        Instant at) {
}
