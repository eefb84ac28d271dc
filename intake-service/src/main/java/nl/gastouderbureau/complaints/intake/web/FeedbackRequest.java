package nl.gastouderbureau.complaints.intake.web;

import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.Contact;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.intake.submission.NewSubmission;
import nl.gastouderbureau.complaints.support.web.RequestValidator;

/** The body of {@code POST /api/v1/feedback}. Enums arrive as strings so a bad value names its field. */
public record FeedbackRequest(String kind, String message, String submitterRole, String channel, String category,
                              String language, ContactRequest contact, Boolean wantsPersonalContact) {

    static final int MAX_MESSAGE = 5000;

    public record ContactRequest(String name, String email, String phone) {

        Contact validated(RequestValidator v) {
            String validName = v.optionalText("contact.name", name, 200);
            String validEmail = v.email("contact.email", email);
            String validPhone = v.phone("contact.phone", phone);
            return validName == null && validEmail == null && validPhone == null
                    ? null : new Contact(validName, validEmail, validPhone);
        }
    }

    NewSubmission validated() {
        RequestValidator v = new RequestValidator();
        SubmissionKind validKind = v.required("kind", kind, SubmissionKind.class);
        v.require(validKind == null || validKind.isFeedback(), "kind", "must be IDEA, TIP or REMARK");
        String validMessage = v.text("message", message, 1, MAX_MESSAGE);
        SubmitterRole role = v.required("submitterRole", submitterRole, SubmitterRole.class);
        Channel validChannel = channel == null ? Channel.WEB_FORM : v.required("channel", channel, Channel.class);
        Category validCategory = v.optional("category", category, Category.class);
        Language validLanguage = Language.orDefault(v.optional("language", language, Language.class));
        Contact validContact = contact == null ? null : contact.validated(v);
        boolean personalContact = Boolean.TRUE.equals(wantsPersonalContact);
        v.require(!personalContact || (validContact != null && (validContact.hasEmail() || validContact.phone() != null)),
                "contact", "an email address or phone number is needed to contact you");
        v.throwIfInvalid();
        return new NewSubmission(validKind, validChannel, role, validCategory, validLanguage, null, validMessage,
                validContact, null, null, personalContact, null);
    }
}
