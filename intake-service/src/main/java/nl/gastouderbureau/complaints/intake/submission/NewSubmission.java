package nl.gastouderbureau.complaints.intake.submission;

import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.Contact;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmissionReceived;
import nl.gastouderbureau.complaints.events.SubmitterRole;

import java.time.Instant;

/**
 * A validated submission, before it has an id, a reference and a time of receipt.
 *
 * @param attachmentCount attachments a mail had; they are not kept, the case only notes them
 */
public record NewSubmission(SubmissionKind kind, Channel channel, SubmitterRole submitterRole, Category category,
                            Language language, String subject, String message, Contact contact,
                            String clientAccount, String linkedCaseId, boolean wantsPersonalContact,
                            SubmissionReceived.ComplaintDetails complaint, int attachmentCount) {

    /** A submission without attachments: every channel but mail. */
    public NewSubmission(SubmissionKind kind, Channel channel, SubmitterRole submitterRole, Category category,
                         Language language, String subject, String message, Contact contact, String clientAccount,
                         String linkedCaseId, boolean wantsPersonalContact, SubmissionReceived.ComplaintDetails complaint) {
        this(kind, channel, submitterRole, category, language, subject, message, contact, clientAccount, linkedCaseId,
                wantsPersonalContact, complaint, 0);
    }

    SubmissionReceived received(String id, String reference, Instant receivedAt) {
        return new SubmissionReceived(id, reference, kind, channel, submitterRole, category, language, subject,
                message, contact, clientAccount, linkedCaseId, wantsPersonalContact, complaint, receivedAt, attachmentCount);
    }
}
