package nl.gastouderbureau.complaints.notification.cases;

import nl.gastouderbureau.complaints.events.Language;

import java.time.Instant;
import java.util.Map;

/**
 * What mail about a case needs that the later events do not carry. Name and email are personal
 * data (DESIGN P1); the privacy issue drops them with the subject's other data.
 *
 * @param filedAt            when a formal complaint was filed, null for other cases
 * @param actionDescriptions corrective action id → what is to be done, from the decision
 * @param handlerId          the employee handling a complaint, once assigned; null before and for other cases
 */
public record CaseRecord(String caseId, String reference, Language language, String name, String email,
                         Instant filedAt, Map<String, String> actionDescriptions, String handlerId) {

    public CaseRecord {
        actionDescriptions = actionDescriptions == null ? Map.of() : Map.copyOf(actionDescriptions);
    }

    /** Anonymous submitters (F5) left no address and get no mail. */
    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
