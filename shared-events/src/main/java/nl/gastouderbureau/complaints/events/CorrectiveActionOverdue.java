package nl.gastouderbureau.complaints.events;

import java.time.Instant;
import java.time.LocalDate;

/** C6b: a corrective action passed its due date undone; escalated. */
public record CorrectiveActionOverdue(
        String caseId,
        String actionId,
        String owner,
        LocalDate dueOn,
        Instant at) implements CaseEvent {
}
