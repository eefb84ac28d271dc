package nl.gastouderbureau.complaints.events;

import java.time.Instant;

/** C5: one corrective action was done. */
public record CorrectiveActionCompleted(
        String caseId,
        String actionId,
        String note,
        Actor by,
        Instant at) implements CaseEvent {
}
