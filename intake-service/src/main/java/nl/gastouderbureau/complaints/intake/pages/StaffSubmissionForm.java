package nl.gastouderbureau.complaints.intake.pages;

import nl.gastouderbureau.complaints.intake.web.ContactRequest;
import nl.gastouderbureau.complaints.intake.web.StaffSubmissionRequest;

import java.util.UUID;

/**
 * The staff form's fields as posted: what reached staff by phone, mail or in a meeting.
 * {@code language} is the submitter's, for the mail they get, not the page's; {@code submissionKey}
 * as on {@link FeedbackForm}.
 */
public record StaffSubmissionForm(String kind, String channel, String submitterRole, String subject, String message,
                                  String category, String language, String name, String email, String phone,
                                  Boolean wantsPersonalContact, String clientAccount, String submissionKey) {

    static StaffSubmissionForm empty() {
        return new StaffSubmissionForm(null, null, null, null, null, null, "NL", null, null, null, false, null,
                UUID.randomUUID().toString());
    }

    StaffSubmissionRequest toRequest() {
        return new StaffSubmissionRequest(kind, channel, submitterRole, subject, message, category, language,
                new ContactRequest(name, email, phone), Boolean.TRUE.equals(wantsPersonalContact), clientAccount);
    }

    StaffSubmissionForm withNewKey() {
        return new StaffSubmissionForm(kind, channel, submitterRole, subject, message, category, language, name, email,
                phone, wantsPersonalContact, clientAccount, UUID.randomUUID().toString());
    }
}
