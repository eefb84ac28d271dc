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
 * @param overdue            a deadline passed without a response or decision (a flag, not a status)
 * @param legalLimitExceeded the statutory limit passed undecided
 * @param clientAccount      the client whose case it is; absent on feedback
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
        @JsonInclude(Include.NON_NULL) String closeReason) {

    public record CorrectiveAction(String id, String description, String owner, LocalDate dueOn, boolean done,
                                   boolean overdue,
                                   @JsonInclude(Include.NON_NULL) String note,
                                   @JsonInclude(Include.NON_NULL) Instant completedAt) {
    }

    /**
     * @param actor who caused the entry: an account or employee id, {@code submitter}, or {@code system} for a deadline
     * @param role  {@code SUBMITTER}, {@code CLIENT}, {@code STAFF} or {@code SYSTEM}
     */
    public record TimelineEntry(String type, Instant at, String actor, String role) {
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
