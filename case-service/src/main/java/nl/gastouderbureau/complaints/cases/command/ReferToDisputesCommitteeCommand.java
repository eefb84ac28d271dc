package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/**
 * C8: the client takes the complaint to De Geschillencommissie.
 *
 * @param expectedVersion the version the sender saw ({@code If-Match}); null skips the check
 */
public record ReferToDisputesCommitteeCommand(
        @TargetAggregateIdentifier CaseId caseId,
        LocalDate referredOn,
        String committeeReference,
        @TargetAggregateVersion Long expectedVersion,
        Actor by,
        Instant at) {
}
