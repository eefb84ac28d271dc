package nl.gastouderbureau.complaints.events;

import java.time.Instant;

/** C6: {@code handleBy} passed undecided; escalated, and the client may go to De Geschillencommissie. */
public record ComplaintHandlingOverdue(
        String caseId,
        Instant handleBy,
        Instant at) implements CaseEvent {
}
