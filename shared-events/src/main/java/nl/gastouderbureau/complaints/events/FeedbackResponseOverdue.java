package nl.gastouderbureau.complaints.events;

import java.time.Instant;

/** F4: {@code respondBy} passed without a response; escalated to management. */
public record FeedbackResponseOverdue(
        String caseId,
        Instant respondBy,
        Instant at) implements CaseEvent {
}
