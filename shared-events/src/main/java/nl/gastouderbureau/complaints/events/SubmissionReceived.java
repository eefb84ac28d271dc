package nl.gastouderbureau.complaints.events;

import nl.gastouderbureau.complaints.events.privacy.PersonalData;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a person sent, accepted by intake. Published on {@link Topics#SUBMISSIONS}, keyed by
 * {@code submissionId}, which becomes the case id.
 *
 * @param clientAccount the logged-in client a formal complaint comes from, or the account staff
 *                      recorded it for; null for anonymous feedback
 * @param complaint     the details of a formal complaint; null for every other kind
 * @param attachmentCount attachments a mailed-in submission had; they are not stored (0 when absent on the wire)
 */
public record SubmissionReceived(
        String submissionId,
        String reference,
        SubmissionKind kind,
        Channel channel,
        SubmitterRole submitterRole,
        Category category,
        Language language,
        @PersonalData String subject,
        @PersonalData String message,
        Contact contact,
        String clientAccount,
        String linkedCaseId,
        boolean wantsPersonalContact,
        ComplaintDetails complaint,
        Instant receivedAt,
        int attachmentCount) {

    /** A submission without attachments: every channel but mail. */
    public SubmissionReceived(String submissionId, String reference, SubmissionKind kind, Channel channel,
                              SubmitterRole submitterRole, Category category, Language language, String subject,
                              String message, Contact contact, String clientAccount, String linkedCaseId,
                              boolean wantsPersonalContact, ComplaintDetails complaint, Instant receivedAt) {
        this(submissionId, reference, kind, channel, submitterRole, category, language, subject, message, contact,
                clientAccount, linkedCaseId, wantsPersonalContact, complaint, receivedAt, 0);
    }

    public record ComplaintDetails(@PersonalData String involvedEmployee, LocalDate occurredOn,
                                   @PersonalData String desiredOutcome) {
    }
}
