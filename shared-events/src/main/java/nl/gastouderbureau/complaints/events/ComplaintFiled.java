package nl.gastouderbureau.complaints.events;

import nl.gastouderbureau.complaints.events.privacy.PersonalData;

import java.time.Instant;
import java.time.LocalDate;

/** C2: an authenticated client filed a formal complaint; handled by {@code handleBy}, by law by {@code legalLimit}. */
public record ComplaintFiled(
        String caseId,
        String reference,
        String clientAccount,
        @PersonalData String subject,
        @PersonalData String description,
        @PersonalData String involvedEmployee,
        LocalDate occurredOn,
        @PersonalData String desiredOutcome,
        Category category,
        Language language,
        Contact contact,
        String informalCaseId,
        Instant filedAt,
        Instant handleBy,
        Instant legalLimit) implements CaseEvent {
}
