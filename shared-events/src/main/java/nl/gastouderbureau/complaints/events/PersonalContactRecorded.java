package nl.gastouderbureau.complaints.events;

import nl.gastouderbureau.complaints.events.privacy.PersonalData;

import java.time.Instant;
import java.time.LocalDate;

/** F6: staff recorded the call or appointment; the contact task is done. {@code late} when past {@code contactBy}. */
public record PersonalContactRecorded(
        String caseId,
        LocalDate contactedOn,
        ContactMethod how,
        @PersonalData String summary,
        boolean late,
        Actor by,
        Instant at) implements CaseEvent {
}
