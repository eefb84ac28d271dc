package nl.gastouderbureau.complaints.events;

import nl.gastouderbureau.complaints.events.privacy.PersonalData;

import java.time.Instant;

/** C7: the client answered the decision. */
public record ClientSatisfactionRecorded(
        String caseId,
        boolean satisfied,
        @PersonalData String comment,
        Actor by,
        Instant at) implements CaseEvent {
}
