package nl.gastouderbureau.complaints.events;

import java.time.Instant;

/**
 * P2, P3: the key of the case's personal data was deleted, so every copy of it in the event store
 * and on the topics is unreadable; projections and logs drop theirs on this event. The case's
 * anonymous history (kinds, dates, outcomes) stays for the reports.
 *
 * @param subjectId the pseudonymous data subject whose data it was (never a name or an address)
 * @param by        the employee who asked for the erasure, or the system for retention
 */
public record PersonalDataErased(
        String caseId,
        String subjectId,
        ErasureReason reason,
        Actor by,
        Instant at) implements CaseEvent {
}
