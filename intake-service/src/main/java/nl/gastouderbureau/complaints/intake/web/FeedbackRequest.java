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

    public static final int MAX_MESSAGE = 5000;

    NewSubmission validated() {
        RequestValidator v = new RequestValidator();
        SubmissionKind validKind = v.required("kind", kind, SubmissionKind.class);
        v.require(validKind == null || validKind.isFeedback(), "kind", "must be IDEA, TIP or REMARK");
        String validMessage = v.text("message", message, 1, MAX_MESSAGE);
        SubmitterRole role = v.required("submitterRole", submitterRole, SubmitterRole.class);
        Channel validChannel = channel == null ? Channel.WEB_FORM : v.required("channel", channel, Channel.class);
        Category validCategory = v.optional("category", category, Category.class);
        Language validLanguage = Language.orDefault(v.optional("language", language, Language.class));
        boolean personalContact = Boolean.TRUE.equals(wantsPersonalContact);
        Contact validContact = ContactRequest.validated(contact, personalContact, v);
        v.throwIfInvalid();
        return new NewSubmission(validKind, validChannel, role, validCategory, validLanguage, null, validMessage,
                validContact, null, null, personalContact, null);
    }
}
