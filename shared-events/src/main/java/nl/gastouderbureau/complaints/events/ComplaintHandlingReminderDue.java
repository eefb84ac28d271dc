package nl.gastouderbureau.complaints.events;

import java.time.Instant;

/** C6: no decision yet, a few days before {@code handleBy}; {@code handlerId} may be null. */
public record ComplaintHandlingReminderDue(
        String caseId,
        Instant handleBy,
        String handlerId,
        Instant at) implements CaseEvent {
}
