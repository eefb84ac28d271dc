package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.Actor;
import nl.gastouderbureau.complaints.events.ContactMethod;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/**
 * F6: staff record the call or appointment they had with the submitter.
 *
 * @param contactedOn     the day the contact took place (not when it is recorded)
 * @param expectedVersion the version the sender saw ({@code If-Match}); null skips the check
 */
public record RecordPersonalContactCommand(
        @TargetAggregateIdentifier CaseId caseId,
        LocalDate contactedOn,
        ContactMethod how,
        String summary,
        @TargetAggregateVersion Long expectedVersion,
        Actor by,
        Instant at) {
}
