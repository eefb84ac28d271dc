package nl.gastouderbureau.complaints.events;

import java.time.Instant;

/** C7: the client answered the decision. */
public record ClientSatisfactionRecorded(
        String caseId,
        boolean satisfied,
        String comment,
        Actor by,
        Instant at) implements CaseEvent {
}
