package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** C2: the informal case closes because the client continued it as the formal complaint {@code formalCaseId}. */
public record CloseAsContinuedCommand(
        @TargetAggregateIdentifier CaseId caseId,
        String formalCaseId,
        Actor by,
        Instant at) {
}
