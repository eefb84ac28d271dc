package nl.gastouderbureau.complaints.cases.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import nl.gastouderbureau.complaints.cases.query.CaseStatus;
import nl.gastouderbureau.complaints.cases.query.CaseView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as its client reads it: their own complaint, the deadlines, the decision and what the
 * agency will put right, and what they answered. It leaves out what concerns other people or is the
 * agency's internal working: the employee involved, the handler, who owns an action, notes and the
 * conversation summary, and the ids of the staff who acted (the timeline names roles only).
 */
public record ClientCaseView(
        String id,
        String reference,
        String kind,
        CaseStatus status,
        long version,
        @JsonInclude(Include.NON_NULL) Instant handleBy,
        @JsonInclude(Include.NON_NULL) Instant legalLimit,
        @JsonInclude(Include.NON_NULL) String extensionReason,
        boolean overdue,
        @JsonInclude(Include.NON_NULL) String subject,
        @JsonInclude(Include.NON_NULL) String description,
        @JsonInclude(Include.NON_NULL) String desiredOutcome,
        @JsonInclude(Include.NON_NULL) String message,
        Instant receivedAt,
        String verdict,
        String reasoning,
        List<Action> correctiveActions,
        @JsonInclude(Include.NON_NULL) CaseView.Satisfaction satisfaction,
        @JsonInclude(Include.NON_NULL) CaseView.Referral referral,
        @JsonInclude(Include.NON_NULL) CaseView.Ruling ruling,
        List<Entry> timeline) {

    public record Action(String id, String description, LocalDate dueOn, boolean done) {
    }

    public record Entry(String type, Instant at, String role) {
    }

    public static ClientCaseView of(CaseView c) {
        CaseView.Complaint complaint = c.complaint();
        return new ClientCaseView(c.id(), c.reference(), c.kind(), c.status(), c.version(),
                c.handleBy(), c.legalLimit(), c.extension() == null ? null : c.extension().reason(), c.overdue(),
                complaint == null ? null : complaint.subject(),
                complaint == null ? null : complaint.description(),
                complaint == null ? null : complaint.desiredOutcome(),
                c.message(), c.receivedAt(), c.verdict(), c.reasoning(),
                c.correctiveActions().stream().map(a -> new Action(a.id(), a.description(), a.dueOn(), a.done())).toList(),
                c.satisfaction(), c.referral(), c.ruling(),
                c.timeline().stream().map(e -> new Entry(e.type(), e.at(), e.role())).toList());
    }
}
