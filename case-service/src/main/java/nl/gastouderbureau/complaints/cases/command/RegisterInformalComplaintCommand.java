package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.Actor;
import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.Contact;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** C1: opens the case for a complaint staff registered for the informal conversation. */
public record RegisterInformalComplaintCommand(
        @TargetAggregateIdentifier CaseId caseId,
        String reference,
        Channel channel,
        SubmitterRole submitterRole,
        Category category,
        Language language,
        String message,
        Contact contact,
        String clientAccount,
        Instant receivedAt,
        Actor by) {
}
