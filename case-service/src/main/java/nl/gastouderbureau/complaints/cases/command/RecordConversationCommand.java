package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.Actor;
import nl.gastouderbureau.complaints.events.ConversationOutcome;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/**
 * C1: the mediation employee records the informal conversation.
 *
 * @param expectedVersion the version the sender saw ({@code If-Match}); null skips the check
 */
public record RecordConversationCommand(
        @TargetAggregateIdentifier CaseId caseId,
        LocalDate heldOn,
        ConversationOutcome outcome,
        String summary,
        @TargetAggregateVersion Long expectedVersion,
        Actor by,
        Instant at) {
}
