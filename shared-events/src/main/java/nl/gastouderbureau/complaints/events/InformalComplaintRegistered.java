package nl.gastouderbureau.complaints.events;

import nl.gastouderbureau.complaints.events.privacy.PersonalData;

import java.time.Instant;

/** C1: staff registered a complaint for the informal conversation. */
public record InformalComplaintRegistered(
        String caseId,
        String reference,
        Channel channel,
        SubmitterRole submitterRole,
        Category category,
        Language language,
        @PersonalData String message,
        Contact contact,
        String clientAccount,
        Instant receivedAt,
        Actor by) implements CaseEvent {
}
