package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.Actor;
import nl.gastouderbureau.complaints.events.ErasureReason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * P2, P3: record on the case that its personal data was erased. Sent after the case's key was
 * deleted, so the data is unreadable already; the event tells the projections to drop their copies.
 */
public record ErasePersonalDataCommand(
        @TargetAggregateIdentifier CaseId caseId,
        String subjectId,
        ErasureReason reason,
        Actor by,
        Instant at) {
}
