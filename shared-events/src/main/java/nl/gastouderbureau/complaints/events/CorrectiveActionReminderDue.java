package nl.gastouderbureau.complaints.events;

import java.time.Instant;
import java.time.LocalDate;

/** C6b: a corrective action is not done yet and its due date is near. */
public record CorrectiveActionReminderDue(
        String caseId,
        String actionId,
        String owner,
        LocalDate dueOn,
        Instant at) implements CaseEvent {
}
