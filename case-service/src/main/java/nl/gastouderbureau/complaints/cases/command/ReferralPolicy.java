package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.support.web.RuleViolationException;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;

/**
 * C8: a client may take a formal complaint to De Geschillencommissie once, within twelve months
 * of filing, when the decision did not satisfy them or when {@code handleBy} passed undecided.
 */
final class ReferralPolicy {

    static final Period WINDOW = Period.ofMonths(12);
    private static final ZoneId AGENCY_ZONE = ZoneId.of("Europe/Amsterdam");

    private ReferralPolicy() {
    }

    static void check(Complaint complaint, Instant at) {
        if (complaint.referred) {
            throw new RuleViolationException(Rules.REFERRAL_ALREADY_MADE, "The complaint was already referred");
        }
        Instant lastMoment = complaint.filedAt.atZone(AGENCY_ZONE).plus(WINDOW).toInstant();
        if (at.isAfter(lastMoment)) {
            throw new RuleViolationException(Rules.REFERRAL_TOO_LATE,
                    "A referral must be made within " + WINDOW.toTotalMonths() + " months of filing");
        }
        boolean decidedAndUnsatisfying = complaint.decided() && Boolean.FALSE.equals(complaint.satisfied);
        if (!decidedAndUnsatisfying && !complaint.handleByPassedUndecided(at)) {
            throw new RuleViolationException(Rules.REFERRAL_NOT_ALLOWED,
                    "A referral needs a decision the client found unsatisfying, or a handling deadline passed undecided");
        }
    }
}
