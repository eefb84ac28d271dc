package nl.gastouderbureau.complaints.events;

import java.time.Instant;

/** F6: the submitter asked for a call or an appointment; staff make contact by {@code contactBy}. */
public record PersonalContactRequested(
        String caseId,
        Instant requestedAt,
        Instant contactBy) implements CaseEvent {
}
