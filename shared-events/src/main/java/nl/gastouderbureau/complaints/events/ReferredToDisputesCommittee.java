package nl.gastouderbureau.complaints.events;

import java.time.Instant;
import java.time.LocalDate;

/** C8: the complaint went to De Geschillencommissie. */
public record ReferredToDisputesCommittee(
        String caseId,
        LocalDate referredOn,
        String committeeReference,
        Actor by,
        Instant at) implements CaseEvent {
}
