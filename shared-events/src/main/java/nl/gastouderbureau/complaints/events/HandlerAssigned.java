package nl.gastouderbureau.complaints.events;

import java.time.Instant;

/** C3: staff assigned the complaint to a handler. */
public record HandlerAssigned(
        String caseId,
        String handlerId,
        Actor by,
        Instant at) implements CaseEvent {
}
