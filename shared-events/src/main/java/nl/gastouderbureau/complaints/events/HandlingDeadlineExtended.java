package nl.gastouderbureau.complaints.events;

import nl.gastouderbureau.complaints.events.privacy.PersonalData;

import java.time.Instant;

/** C6a: staff extended {@code handleBy} once, with a reason, within the legal limit. */
public record HandlingDeadlineExtended(
        String caseId,
        Instant previousHandleBy,
        Instant newHandleBy,
        @PersonalData String reason,
        Actor by,
        Instant at) implements CaseEvent {
}
