package nl.gastouderbureau.complaints.events;

import java.time.Instant;

/** Staff (re)classified the case. */
public record CaseCategorised(
        String caseId,
        Category category,
        Actor by,
        Instant at) implements CaseEvent {
}
