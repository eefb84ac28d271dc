package nl.gastouderbureau.complaints.reporting.facts;

import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.CloseReason;
import nl.gastouderbureau.complaints.events.FeedbackOutcome;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.events.Verdict;

import java.time.Instant;

/**
 * What reports count about one case, and nothing else: no names, contact data or free text
 * (DESIGN P1), so erasing a person never changes a report.
 *
 * @param submitterRole      null for a formal complaint, whose event does not say
 * @param category           the latest classification (a reclassification wins over intake); null until someone classifies the case
 * @param respondBy          the promise the response is measured against: {@code respondBy} of feedback,
 *                           {@code handleBy} of a formal complaint (as extended, C6a); null for an informal
 *                           complaint, which has no promise
 * @param respondedAt        when the submitter had an answer: the feedback response, the informal
 *                           conversation or the decision on a formal complaint; null while there is none
 * @param overdue            the promise passed without an answer (F4, C6), even if one came later
 * @param legalLimitExceeded the statutory six weeks passed undecided (C6)
 * @param outcome            what became of feedback; null otherwise
 * @param verdict            the decision on a formal complaint; null otherwise
 * @param personalContact    the contact task (F6), if the submitter asked for one
 */
public record CaseFact(String caseId, SubmissionKind kind, Channel channel, SubmitterRole submitterRole,
                       Category category, Instant receivedAt, Instant respondBy, Instant respondedAt,
                       boolean overdue, boolean legalLimitExceeded, boolean referredExternally,
                       FeedbackOutcome outcome, Verdict verdict, CorrectiveActions correctiveActions,
                       Instant closedAt, CloseReason closeReason, PersonalContact personalContact) {

    public CaseFact {
        correctiveActions = correctiveActions == null ? CorrectiveActions.NONE : correctiveActions;
        personalContact = personalContact == null ? PersonalContact.NONE : personalContact;
    }

    /** A case whose submitter asked for no personal contact. */
    public CaseFact(String caseId, SubmissionKind kind, Channel channel, SubmitterRole submitterRole,
                    Category category, Instant receivedAt, Instant respondBy, Instant respondedAt,
                    boolean overdue, boolean legalLimitExceeded, boolean referredExternally,
                    FeedbackOutcome outcome, Verdict verdict, CorrectiveActions correctiveActions,
                    Instant closedAt, CloseReason closeReason) {
        this(caseId, kind, channel, submitterRole, category, receivedAt, respondBy, respondedAt, overdue,
                legalLimitExceeded, referredExternally, outcome, verdict, correctiveActions, closedAt, closeReason,
                PersonalContact.NONE);
    }

    public boolean responded() {
        return respondedAt != null;
    }

    /**
     * Derived when read, not stored, so it does not matter whether the answer or a deadline
     * extension was projected first. Null without an answer or without a promise to keep.
     */
    public Boolean respondedOnTime() {
        if (respondedAt == null || respondBy == null) {
            return null;
        }
        return !respondedAt.isAfter(respondBy);
    }

    /**
     * F6. Each is a fact on its own, so the order the events arrive in does not matter.
     *
     * @param requested the submitter asked for a call or an appointment
     * @param made      staff recorded a contact (also one nobody asked for)
     * @param overdue   {@code contactBy} passed with the request open, even if the contact was made later
     */
    public record PersonalContact(boolean requested, boolean made, boolean overdue) {

        public static final PersonalContact NONE = new PersonalContact(false, false, false);
    }

    /**
     * The corrective actions of a decided complaint (C4, C5, C6b).
     *
     * @param overdue actions that passed their due date undone, whether or not they were done since
     */
    public record CorrectiveActions(long open, long done, long overdue) {

        public static final CorrectiveActions NONE = new CorrectiveActions(0, 0, 0);

        public CorrectiveActions plus(CorrectiveActions other) {
            return new CorrectiveActions(open + other.open, done + other.done, overdue + other.overdue);
        }
    }
}
