package nl.gastouderbureau.complaints.events;

import nl.gastouderbureau.complaints.events.privacy.PersonalData;

import java.time.Instant;

/** C5: one corrective action was done. */
public record CorrectiveActionCompleted(
        String caseId,
        String actionId,
        @PersonalData String note,
        Actor by,
        Instant at) implements CaseEvent {
}
