package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.Verdict;
import nl.gastouderbureau.complaints.support.web.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferralPolicyTest {

    private static final Instant FILED = Instant.parse("2026-11-24T10:00:00Z");
    private static final Instant HANDLE_BY = Instant.parse("2026-12-08T10:00:00Z");
    private static final Instant BEFORE_HANDLE_BY = HANDLE_BY.minus(Duration.ofDays(1));

    private final Complaint complaint = new Complaint("j.bakker", FILED, HANDLE_BY, Instant.parse("2027-01-05T10:00:00Z"));

    @Test
    void anUndecidedComplaintIsReferredOnlyFromHandleByOn() {
        assertRefused(BEFORE_HANDLE_BY, Rules.REFERRAL_NOT_ALLOWED);
        assertThatCode(() -> ReferralPolicy.check(complaint, HANDLE_BY)).doesNotThrowAnyException();
    }

    @Test
    void aDecisionInTimeNeedsAnUnsatisfiedClient() {
        decide(BEFORE_HANDLE_BY);
        assertRefused(HANDLE_BY.plus(Duration.ofDays(1)), Rules.REFERRAL_NOT_ALLOWED);

        complaint.satisfied = true;
        assertRefused(HANDLE_BY.plus(Duration.ofDays(1)), Rules.REFERRAL_NOT_ALLOWED);

        complaint.satisfied = false;
        assertThatCode(() -> ReferralPolicy.check(complaint, HANDLE_BY.plus(Duration.ofDays(1)))).doesNotThrowAnyException();
    }

    @Test
    void aLateDecisionKeepsTheRightToRefer() {
        decide(HANDLE_BY.plus(Duration.ofDays(2)));

        assertThatCode(() -> ReferralPolicy.check(complaint, HANDLE_BY.plus(Duration.ofDays(3)))).doesNotThrowAnyException();
    }

    @Test
    void theLastMomentIsTwelveCalendarMonthsAfterFiling() {
        decide(BEFORE_HANDLE_BY);
        complaint.satisfied = false;

        assertThatCode(() -> ReferralPolicy.check(complaint, Instant.parse("2027-11-24T10:00:00Z"))).doesNotThrowAnyException();
        assertRefused(Instant.parse("2027-11-24T10:00:01Z"), Rules.REFERRAL_TOO_LATE);
    }

    @Test
    void aComplaintIsReferredOnce() {
        complaint.referred = true;

        assertRefused(HANDLE_BY.plus(Duration.ofDays(1)), Rules.REFERRAL_ALREADY_MADE);
    }

    @Test
    void aPageAsksTheSameRuleFromPlainFacts() {
        assertThat(ReferralPolicy.refusal(false, FILED, HANDLE_BY, null, null, BEFORE_HANDLE_BY)).hasValue(Rules.REFERRAL_NOT_ALLOWED);
        assertThat(ReferralPolicy.refusal(false, FILED, HANDLE_BY, null, null, HANDLE_BY)).isEmpty();
        assertThat(ReferralPolicy.refusal(false, FILED, HANDLE_BY, BEFORE_HANDLE_BY, false, HANDLE_BY)).isEmpty();
        assertThat(ReferralPolicy.refusal(false, FILED, HANDLE_BY, BEFORE_HANDLE_BY, null, HANDLE_BY)).hasValue(Rules.REFERRAL_NOT_ALLOWED);
        assertThat(ReferralPolicy.refusal(true, FILED, HANDLE_BY, BEFORE_HANDLE_BY, false, HANDLE_BY)).hasValue(Rules.REFERRAL_ALREADY_MADE);
        assertThat(ReferralPolicy.refusal(false, FILED, HANDLE_BY, BEFORE_HANDLE_BY, false, Instant.parse("2027-11-24T10:00:01Z")))
                .hasValue(Rules.REFERRAL_TOO_LATE);
    }

    @Test
    void theLastMomentFollowsDutchCalendarMonths() {
        assertThat(ReferralPolicy.lastMoment(FILED)).isEqualTo("2027-11-24T10:00:00Z");
        // Filed at 11:00 winter time the day before summer time began in 2026; summer time began a day earlier in 2027.
        assertThat(ReferralPolicy.lastMoment(Instant.parse("2026-03-28T10:00:00Z"))).isEqualTo("2027-03-28T09:00:00Z");
    }

    private void decide(Instant at) {
        complaint.verdict = Verdict.UNFOUNDED;
        complaint.decidedAt = at;
    }

    private void assertRefused(Instant at, String rule) {
        assertThatThrownBy(() -> ReferralPolicy.check(complaint, at))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> org.assertj.core.api.Assertions.assertThat(e.rule()).isEqualTo(rule));
    }
}
