package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.Actor;
import nl.gastouderbureau.complaints.events.Category;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * Staff (re)classify the case.
 *
 * @param expectedVersion the version the sender saw ({@code If-Match}); null skips the check
 */
public record CategoriseCaseCommand(
        @TargetAggregateIdentifier CaseId caseId,
        Category category,
        @TargetAggregateVersion Long expectedVersion,
        Actor by,
        Instant at) {
}
