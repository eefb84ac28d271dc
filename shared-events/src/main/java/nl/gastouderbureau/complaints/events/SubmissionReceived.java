package nl.gastouderbureau.complaints.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a person sent, accepted by intake. Published on {@link Topics#SUBMISSIONS}, keyed by
 * {@code submissionId}, which becomes the case id.
 *
 * @param clientAccount the logged-in client a formal complaint comes from, or the account staff
 *                      recorded it for; null for anonymous feedback
 * @param complaint     the details of a formal complaint; null for every other kind
 */
public record SubmissionReceived(
        String submissionId,
        String reference,
        SubmissionKind kind,
        Channel channel,
        SubmitterRole submitterRole,
        Category category,
        Language language,
        String subject,
        String message,
        Contact contact,
        String clientAccount,
        String linkedCaseId,
        boolean wantsPersonalContact,
        ComplaintDetails complaint,
        Instant receivedAt) {

    public record ComplaintDetails(String involvedEmployee, LocalDate occurredOn, String desiredOutcome) {
    }
}
