package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.Contact;
import nl.gastouderbureau.complaints.events.Language;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * C2: opens the case for a formal complaint a logged-in client filed. The two clocks arrive
 * computed from the settings, so the aggregate reads no clock and no configuration for them.
 */
public record FileComplaintCommand(
        @TargetAggregateIdentifier CaseId caseId,
        String reference,
        String clientAccount,
        String subject,
        String description,
        String involvedEmployee,
        LocalDate occurredOn,
        String desiredOutcome,
        Category category,
        Language language,
        Contact contact,
        String informalCaseId,
        Instant filedAt,
        Instant handleBy,
        Instant legalLimit) {
}
