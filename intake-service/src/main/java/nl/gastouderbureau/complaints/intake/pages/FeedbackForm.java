package nl.gastouderbureau.complaints.intake.pages;

import nl.gastouderbureau.complaints.intake.web.ContactRequest;
import nl.gastouderbureau.complaints.intake.web.FeedbackRequest;

import java.util.UUID;

/**
 * The feedback form's fields as posted. {@code submissionKey} is an idempotency key made when the
 * form was shown, so a double click or a reload after sending gives the same reference.
 */
public record FeedbackForm(String kind, String message, String submitterRole, String category, String name,
                           String email, String phone, Boolean wantsPersonalContact, String submissionKey) {

    static FeedbackForm empty() {
        return new FeedbackForm(null, null, null, null, null, null, null, false, UUID.randomUUID().toString());
    }

    FeedbackRequest toRequest(String language) {
        return new FeedbackRequest(kind, message, submitterRole, "WEB_FORM", category, language,
                new ContactRequest(name, email, phone), Boolean.TRUE.equals(wantsPersonalContact));
    }

    FeedbackForm withNewKey() {
        return new FeedbackForm(kind, message, submitterRole, category, name, email, phone, wantsPersonalContact,
                UUID.randomUUID().toString());
    }
}
