package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.support.web.RuleViolationException;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;

/**
 * C8: a client may take a formal complaint to De Geschillencommissie once, within twelve months
 * of filing, when the decision did not satisfy them or when {@code handleBy} passed undecided.
 * <p>
 * The rule reads plain facts rather than the aggregate's state so the client's page can ask it
 * too, and offer the referral exactly when the aggregate would accept it.
 */
public final class ReferralPolicy {

    static final Period WINDOW = Period.ofMonths(12);
    private static final ZoneId AGENCY_ZONE = ZoneId.of("Europe/Amsterdam");

    private ReferralPolicy() {
    }

    static void check(Complaint complaint, Instant at) {
        Optional<String> refusal = refusal(complaint.referred, complaint.filedAt, complaint.handleBy,
                complaint.decided() ? complaint.decidedAt : null, complaint.satisfied, at);
        if (refusal.isPresent()) {
            throw new RuleViolationException(refusal.get(), switch (refusal.get()) {
                case Rules.REFERRAL_ALREADY_MADE -> "The complaint was already referred";
                case Rules.REFERRAL_TOO_LATE -> "A referral must be made within " + WINDOW.toTotalMonths() + " months of filing";
                default -> "A referral needs a decision the client found unsatisfying, or a handling deadline passed undecided";
            });
        }
    }

    /** The last moment a complaint filed at {@code filedAt} may be referred: twelve calendar months on, Dutch time. */
    public static Instant lastMoment(Instant filedAt) {
        return filedAt.atZone(AGENCY_ZONE).plus(WINDOW).toInstant();
    }

    /**
     * The rule code that refuses a referral at {@code at}, or empty when the referral is allowed.
     *
     * @param decidedAt when the decision was made; {@code null} while undecided
     * @param satisfied the client's answer to the decision; {@code null} until they gave one
     */
    public static Optional<String> refusal(boolean referred, Instant filedAt, Instant handleBy, Instant decidedAt,
                                          Boolean satisfied, Instant at) {
        if (referred) {
            return Optional.of(Rules.REFERRAL_ALREADY_MADE);
        }
        if (at.isAfter(lastMoment(filedAt))) {
            return Optional.of(Rules.REFERRAL_TOO_LATE);
        }
        boolean decidedAndUnsatisfying = decidedAt != null && Boolean.FALSE.equals(satisfied);
        // C6: the promised moment went by before the decision (or, undecided, before now).
        boolean handleByPassedUndecided = !(decidedAt != null ? decidedAt : at).isBefore(handleBy);
        if (!decidedAndUnsatisfying && !handleByPassedUndecided) {
            return Optional.of(Rules.REFERRAL_NOT_ALLOWED);
        }
        return Optional.empty();
    }
}
