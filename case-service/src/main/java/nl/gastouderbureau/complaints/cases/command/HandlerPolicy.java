package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.support.web.RuleViolationException;

import java.util.Locale;

/**
 * C3: the employee a complaint is about never handles it. Names are typed by people, so case and
 * surrounding spaces do not make a different person.
 */
final class HandlerPolicy {

    private HandlerPolicy() {
    }

    static void check(Complaint complaint, String handlerId) {
        if (complaint.involvedEmployee != null && normalised(complaint.involvedEmployee).equals(normalised(handlerId))) {
            throw new RuleViolationException(Rules.HANDLER_IS_INVOLVED,
                    "The handler may not be the employee the complaint is about");
        }
    }

    private static String normalised(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
