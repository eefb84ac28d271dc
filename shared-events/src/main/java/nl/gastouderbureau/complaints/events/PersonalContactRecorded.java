package nl.gastouderbureau.complaints.events;

import java.time.Instant;
import java.time.LocalDate;

/** F6: staff recorded the call or appointment; the contact task is done. {@code late} when past {@code contactBy}. */
public record PersonalContactRecorded(
        String caseId,
        LocalDate contactedOn,
        ContactMethod how,
        String summary,
        boolean late,
        Actor by,
        Instant at) implements CaseEvent {
}
