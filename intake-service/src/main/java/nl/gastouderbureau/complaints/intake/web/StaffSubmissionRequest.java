package nl.gastouderbureau.complaints.intake.web;

import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.Contact;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.intake.submission.NewSubmission;
import nl.gastouderbureau.complaints.support.web.RequestValidator;

import java.util.EnumSet;
import java.util.Set;

/**
 * The body of {@code POST /api/v1/staff/submissions}: what reached staff by phone, mail or in a
 * meeting, recorded on the submitter's behalf. {@code WEB_FORM} is refused: a web submission comes
 * in through the forms and the public API itself, under the submitter's own name. A formal
 * {@code COMPLAINT} is refused too: only the client can file it, logged in (DESIGN C2). An informal
 * complaint names the client's account, so the client can later continue it formally.
 */
public record StaffSubmissionRequest(String kind, String channel, String submitterRole, String subject, String message,
                                     String category, String language, ContactRequest contact,
                                     Boolean wantsPersonalContact, String clientAccount) {

    static final Set<SubmissionKind> KINDS =
            EnumSet.of(SubmissionKind.INFORMAL_COMPLAINT, SubmissionKind.IDEA, SubmissionKind.TIP, SubmissionKind.REMARK);
    static final Set<Channel> CHANNELS = EnumSet.of(Channel.PHONE, Channel.EMAIL, Channel.MEETING);

    NewSubmission validated() {
        RequestValidator v = new RequestValidator();
        SubmissionKind validKind = v.required("kind", kind, SubmissionKind.class);
        v.require(validKind == null || KINDS.contains(validKind), "kind", "must be one of " + KINDS);
        Channel validChannel = v.required("channel", channel, Channel.class);
        v.require(validChannel == null || CHANNELS.contains(validChannel), "channel", "must be one of " + CHANNELS);
        SubmitterRole role = v.required("submitterRole", submitterRole, SubmitterRole.class);
        String validSubject = v.optionalText("subject", subject, ComplaintRequest.MAX_SUBJECT);
        boolean informal = validKind == SubmissionKind.INFORMAL_COMPLAINT;
        String validMessage = v.text("message", message, 1,
                informal ? ComplaintRequest.MAX_DESCRIPTION : FeedbackRequest.MAX_MESSAGE);
        Category validCategory = v.optional("category", category, Category.class);
        Language validLanguage = Language.orDefault(v.optional("language", language, Language.class));
        boolean personalContact = Boolean.TRUE.equals(wantsPersonalContact);
        Contact validContact = ContactRequest.validated(contact, personalContact, v);
        String account = v.account("clientAccount", clientAccount, informal);
        v.throwIfInvalid();
        return new NewSubmission(validKind, validChannel, role, validCategory, validLanguage, validSubject, validMessage,
                validContact, account, null, personalContact, null);
    }
}
