package nl.gastouderbureau.complaints.events;

import java.time.Instant;

/** F1: an idea, tip or remark was received; the agency responds by {@code respondBy}. */
public record FeedbackCaseOpened(
        String caseId,
        String reference,
        SubmissionKind kind,
        Channel channel,
        SubmitterRole submitterRole,
        Category category,
        Language language,
        String message,
        Contact contact,
        boolean wantsPersonalContact,
        Instant receivedAt,
        Instant respondBy) implements CaseEvent {
}
