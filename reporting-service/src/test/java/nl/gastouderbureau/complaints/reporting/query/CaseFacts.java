package nl.gastouderbureau.complaints.reporting.query;

import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.reporting.facts.CaseFact;

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
                at, at.plus(Duration.ofDays(14)), null, null, false, false);
    }

    static CaseFact respondedAfter(CaseFact fact, Duration after, boolean onTime) {
        return new CaseFact(fact.caseId(), fact.kind(), fact.channel(), fact.submitterRole(), fact.category(),
                fact.receivedAt(), fact.respondBy(), fact.receivedAt().plus(after), onTime, fact.overdue(),
                fact.referredExternally());
    }

    static CaseFact overdueAndReferred(CaseFact fact) {
        return new CaseFact(fact.caseId(), fact.kind(), fact.channel(), fact.submitterRole(), fact.category(),
                fact.receivedAt(), fact.respondBy(), fact.respondedAt(), fact.respondedOnTime(), true, true);
    }
}
