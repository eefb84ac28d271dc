package nl.gastouderbureau.complaints.cases.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as staff read it (DESIGN §5 "case", with the fields a handler needs besides). {@code version}
 * is the sequence number of the case's last event: the value a command's {@code If-Match} names.
 * Parts that do not apply yet (no decision, no referral, a feedback case's complaint fields) are left out.
 *
 * @param respondBy          the feedback deadline; absent on a complaint
 * @param handleBy           the complaint deadline (the agency's promise, possibly extended once); absent on feedback
 * @param legalLimit         the statutory limit of a formal complaint
 * @param overdue            a deadline passed without a response or decision, or an open contact
 *                           request passed {@code contactBy} (a flag, not a status)
 * @param legalLimitExceeded the statutory limit passed undecided
 * @param clientAccount      the client whose case it is; absent on feedback
 * @param personalContact    the contact task (F6) and the latest contact recorded; absent when neither
 * @param attachmentCount    attachments a mailed-in submission had (F7); they are not stored
 * @param dataSubjectId      the pseudonymous person the case's personal data is about, for an erasure
 *                           request (P2); absent on a case opened before keys existed
 * @param personalDataErased when and why the case's personal data was erased; absent until then
 */
public record CaseView(
        String id,
        String reference,
        String kind,
        CaseStatus status,
        long version,
        @JsonInclude(Include.NON_NULL) Instant respondBy,
        @JsonInclude(Include.NON_NULL) Instant handleBy,
        @JsonInclude(Include.NON_NULL) Instant legalLimit,
        @JsonInclude(Include.NON_NULL) Extension extension,
        boolean overdue,
        boolean legalLimitExceeded,
        String handlerId,
        String verdict,
        String reasoning,
        List<CorrectiveAction> correctiveActions,
        List<TimelineEntry> timeline,
        String category,
        String channel,
        String submitterRole,
        String clientAccount,
        String message,
        Instant receivedAt,
        @JsonInclude(Include.NON_NULL) Complaint complaint,
        @JsonInclude(Include.NON_NULL) FeedbackResponse feedbackResponse,
        @JsonInclude(Include.NON_NULL) Conversation conversation,
        @JsonInclude(Include.NON_NULL) Satisfaction satisfaction,
        @JsonInclude(Include.NON_NULL) Referral referral,
        @JsonInclude(Include.NON_NULL) Ruling ruling,
        @JsonInclude(Include.NON_NULL) String closeReason,
        @JsonInclude(Include.NON_NULL) PersonalContact personalContact,
        int attachmentCount,
        @JsonInclude(Include.NON_NULL) String dataSubjectId,
        @JsonInclude(Include.NON_NULL) PersonalDataErasure personalDataErased) {

    /** A case as it was read before its data subject was shown (P2). */
    public CaseView(String id, String reference, String kind, CaseStatus status, long version, Instant respondBy,
                    Instant handleBy, Instant legalLimit, Extension extension, boolean overdue,
                    boolean legalLimitExceeded, String handlerId, String verdict, String reasoning,
                    List<CorrectiveAction> correctiveActions, List<TimelineEntry> timeline, String category,
                    String channel, String submitterRole, String clientAccount, String message, Instant receivedAt,
                    Complaint complaint, FeedbackResponse feedbackResponse, Conversation conversation,
                    Satisfaction satisfaction, Referral referral, Ruling ruling, String closeReason,
                    PersonalContact personalContact, int attachmentCount) {
        this(id, reference, kind, status, version, respondBy, handleBy, legalLimit, extension, overdue,
                legalLimitExceeded, handlerId, verdict, reasoning, correctiveActions, timeline, category, channel,
                submitterRole, clientAccount, message, receivedAt, complaint, feedbackResponse, conversation,
                satisfaction, referral, ruling, closeReason, personalContact, attachmentCount, null, null);
    }

    /** A case without a contact task or attachments, as it was read before F6 and F7. */
    public CaseView(String id, String reference, String kind, CaseStatus status, long version, Instant respondBy,
                    Instant handleBy, Instant legalLimit, Extension extension, boolean overdue,
                    boolean legalLimitExceeded, String handlerId, String verdict, String reasoning,
                    List<CorrectiveAction> correctiveActions, List<TimelineEntry> timeline, String category,
                    String channel, String submitterRole, String clientAccount, String message, Instant receivedAt,
                    Complaint complaint, FeedbackResponse feedbackResponse, Conversation conversation,
                    Satisfaction satisfaction, Referral referral, Ruling ruling, String closeReason) {
        this(id, reference, kind, status, version, respondBy, handleBy, legalLimit, extension, overdue,
                legalLimitExceeded, handlerId, verdict, reasoning, correctiveActions, timeline, category, channel,
                submitterRole, clientAccount, message, receivedAt, complaint, feedbackResponse, conversation,
                satisfaction, referral, ruling, closeReason, null, 0);
    }

    public record CorrectiveAction(String id, String description, String owner, LocalDate dueOn, boolean done,
                                   boolean overdue,
                                   @JsonInclude(Include.NON_NULL) String note,
                                   @JsonInclude(Include.NON_NULL) Instant completedAt) {
    }

    /**
     * @param actor           who caused the entry: an account or employee id, {@code submitter}, or {@code system} for a deadline
     * @param role            {@code SUBMITTER}, {@code CLIENT}, {@code STAFF} or {@code SYSTEM}
     * @param subject         of a message the submitter mailed ({@code SubmitterMessageAdded}); absent otherwise
     * @param message         the text of that message
     * @param attachmentCount how many attachments it had (they are not stored)
     */
    public record TimelineEntry(String type, Instant at, String actor, String role,
                                @JsonInclude(Include.NON_NULL) String subject,
                                @JsonInclude(Include.NON_NULL) String message,
                                @JsonInclude(Include.NON_NULL) Integer attachmentCount) {

        public TimelineEntry(String type, Instant at, String actor, String role) {
            this(type, at, actor, role, null, null, null);
        }
    }

    /**
     * F6. {@code open} while requested and not yet made; {@code overdue} while open past {@code contactBy};
     * {@code late} when the contact that completed the request was made after the day of {@code contactBy}.
     * Without a request only the contact fields are set.
     *
     * @param contactedOn the latest contact recorded; each one is on the timeline
     * @param how         {@code PHONE} or {@code MEETING}
     */
    public record PersonalContact(Instant requestedAt, Instant contactBy, boolean open, boolean overdue, boolean late,
                                  LocalDate contactedOn, String how, String summary) {
    }

    /** @param reason {@code ERASURE_REQUEST} or {@code RETENTION} */
    public record PersonalDataErasure(String reason, Instant at) {
    }

    public record Extension(Instant previousHandleBy, Instant newHandleBy, String reason, Instant at) {
    }

    public record Complaint(String subject, String description, String involvedEmployee, LocalDate occurredOn,
                            String desiredOutcome, String informalCaseId) {
    }

    public record FeedbackResponse(String outcome, String message, boolean late, Instant at) {
    }

    public record Conversation(LocalDate heldOn, String outcome, String summary) {
    }

    public record Satisfaction(boolean satisfied, String comment, Instant at) {
    }

    public record Referral(LocalDate referredOn, String committeeReference, Instant at) {
    }

    public record Ruling(String ruling, LocalDate receivedOn) {
    }
}
