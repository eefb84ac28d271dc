package nl.gastouderbureau.complaints.events;

import java.time.Instant;

/** F7: a reply from the submitter joined the case's timeline. */
public record SubmitterMessageAdded(
        String caseId,
        String replyId,
        Channel channel,
        String subject,
        String message,
        int attachmentCount,
        Instant receivedAt) implements CaseEvent {
}
