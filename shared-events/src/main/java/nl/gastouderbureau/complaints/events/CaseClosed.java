package nl.gastouderbureau.complaints.events;

import java.time.Instant;

/** The case closed, for the given reason. */
public record CaseClosed(
        String caseId,
        CloseReason reason,
        Actor by,
        Instant at) implements CaseEvent {
}
