package nl.gastouderbureau.complaints.events;

import java.time.Instant;

/** F6: {@code contactBy} passed while the contact request was still open; escalated to management. */
public record PersonalContactOverdue(
        String caseId,
        Instant contactBy,
        Instant at) implements CaseEvent {
}
