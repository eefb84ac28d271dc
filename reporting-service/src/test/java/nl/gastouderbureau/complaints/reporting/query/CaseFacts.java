package nl.gastouderbureau.complaints.reporting.query;

import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.FeedbackOutcome;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.events.Verdict;
import nl.gastouderbureau.complaints.reporting.facts.CaseFact;
import nl.gastouderbureau.complaints.reporting.facts.CaseFact.CorrectiveActions;

import java.time.Duration;
import java.time.Instant;

/** Case facts for tests: a received case, then what happened to it. */
final class CaseFacts {

    private CaseFacts() {
    }

    static CaseFact received(String receivedAt) {
        return received(receivedAt, SubmissionKind.IDEA, null);
    }

    static CaseFact received(String receivedAt, SubmissionKind kind, Category category) {
        Instant at = Instant.parse(receivedAt);
        return new CaseFact("case-" + receivedAt + kind, kind, Channel.WEB_FORM, SubmitterRole.PARENT, category,
                at, at.plus(Duration.ofDays(14)), null, false, false, false, null, null, null, null, null);
    }

    /** On time or not by the promise: the response lands just before or just after {@code respondBy}. */
    static CaseFact respondedAfter(CaseFact fact, Duration after, boolean onTime) {
        Instant respondedAt = fact.receivedAt().plus(after);
        Instant respondBy = onTime ? respondedAt : respondedAt.minusSeconds(1);
        return new CaseFact(fact.caseId(), fact.kind(), fact.channel(), fact.submitterRole(), fact.category(),
                fact.receivedAt(), respondBy, respondedAt, fact.overdue(), fact.legalLimitExceeded(),
                fact.referredExternally(), fact.outcome(), fact.verdict(), fact.correctiveActions(), fact.closedAt(),
                fact.closeReason());
    }

    static CaseFact overdueAndReferred(CaseFact fact) {
        return new CaseFact(fact.caseId(), fact.kind(), fact.channel(), fact.submitterRole(), fact.category(),
                fact.receivedAt(), fact.respondBy(), fact.respondedAt(), true, true, true, fact.outcome(),
                fact.verdict(), fact.correctiveActions(), fact.closedAt(), fact.closeReason());
    }

    static CaseFact withOutcome(CaseFact fact, FeedbackOutcome outcome) {
        return new CaseFact(fact.caseId(), fact.kind(), fact.channel(), fact.submitterRole(), fact.category(),
                fact.receivedAt(), fact.respondBy(), fact.respondedAt(), fact.overdue(), fact.legalLimitExceeded(),
                fact.referredExternally(), outcome, fact.verdict(), fact.correctiveActions(), fact.closedAt(),
                fact.closeReason());
    }

    static CaseFact decided(CaseFact fact, Verdict verdict, CorrectiveActions actions) {
        return new CaseFact(fact.caseId(), fact.kind(), fact.channel(), fact.submitterRole(), fact.category(),
                fact.receivedAt(), fact.respondBy(), fact.respondedAt(), fact.overdue(), fact.legalLimitExceeded(),
                fact.referredExternally(), fact.outcome(), verdict, actions, fact.closedAt(), fact.closeReason());
    }
}
