package nl.gastouderbureau.complaints.events;

import nl.gastouderbureau.complaints.events.privacy.PersonalData;

import java.time.Instant;

/** F7: a reply from the submitter joined the case's timeline. */
public record SubmitterMessageAdded(
        String caseId,
        String replyId,
        Channel channel,
        @PersonalData String subject,
        @PersonalData String message,
        int attachmentCount,
        Instant receivedAt) implements CaseEvent {
}
