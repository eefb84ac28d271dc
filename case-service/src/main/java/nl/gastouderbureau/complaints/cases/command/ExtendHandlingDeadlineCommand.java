package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * C6a: staff extend {@code handleBy} once, with a reason.
 *
 * @param expectedVersion the version the sender saw ({@code If-Match}); null skips the check
 */
public record ExtendHandlingDeadlineCommand(
        @TargetAggregateIdentifier CaseId caseId,
        Instant newHandleBy,
        String reason,
        @TargetAggregateVersion Long expectedVersion,
        Actor by,
        Instant at) {
}
