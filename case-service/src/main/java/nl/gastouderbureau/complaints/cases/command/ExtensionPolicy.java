package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.support.web.RuleViolationException;

import java.time.Instant;

/** C6a: {@code handleBy} may be moved later once, before the decision, and never past the legal limit. */
final class ExtensionPolicy {

    private ExtensionPolicy() {
    }

    static void check(Complaint complaint, Instant newHandleBy) {
        if (complaint.decided()) {
            throw new RuleViolationException(Rules.ALREADY_DECIDED, "A decided complaint needs no extension");
        }
        if (complaint.extended) {
            throw new RuleViolationException(Rules.EXTENSION_ALREADY_USED, "The handling deadline was extended before");
        }
        if (!newHandleBy.isAfter(complaint.handleBy)) {
            throw new RuleViolationException(Rules.EXTENSION_NOT_LATER,
                    "The new handling deadline must be later than " + complaint.handleBy);
        }
        if (newHandleBy.isAfter(complaint.legalLimit)) {
            throw new RuleViolationException(Rules.EXTENSION_PAST_LEGAL_LIMIT,
                    "The handling deadline may not pass the legal limit " + complaint.legalLimit);
        }
    }
}
