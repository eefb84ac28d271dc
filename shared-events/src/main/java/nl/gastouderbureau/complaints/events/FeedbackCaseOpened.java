package nl.gastouderbureau.complaints.events;

import nl.gastouderbureau.complaints.events.privacy.PersonalData;

import java.time.Instant;

/**
 * F1: an idea, tip or remark was received; the agency responds by {@code respondBy}.
 *
 * @param attachmentCount attachments a mailed-in submission had; they are not stored (0 when absent on the wire)
 */
public record FeedbackCaseOpened(
        String caseId,
        String reference,
        SubmissionKind kind,
        Channel channel,
        SubmitterRole submitterRole,
        Category category,
        Language language,
        @PersonalData String message,
        Contact contact,
        boolean wantsPersonalContact,
        Instant receivedAt,
        Instant respondBy,
        int attachmentCount) implements CaseEvent {

    /** Feedback without attachments: every channel but mail. */
    public FeedbackCaseOpened(String caseId, String reference, SubmissionKind kind, Channel channel,
                              SubmitterRole submitterRole, Category category, Language language, String message,
                              Contact contact, boolean wantsPersonalContact, Instant receivedAt, Instant respondBy) {
        this(caseId, reference, kind, channel, submitterRole, category, language, message, contact,
                wantsPersonalContact, receivedAt, respondBy, 0);
    }
}
