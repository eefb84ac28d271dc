package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/**
 * C8: staff record the committee's ruling, which ends the referral.
 *
 * @param expectedVersion the version the sender saw ({@code If-Match}); null skips the check
 */
public record RecordRulingCommand(
        @TargetAggregateIdentifier CaseId caseId,
        String ruling,
        LocalDate receivedOn,
        @TargetAggregateVersion Long expectedVersion,
        Actor by,
        Instant at) {
}
