package nl.gastouderbureau.complaints.events;

import java.time.Instant;

/** F3: no response yet, a few days before {@code respondBy}. */
public record FeedbackResponseReminderDue(
        String caseId,
        Instant respondBy,
        Instant at) implements CaseEvent {
}
