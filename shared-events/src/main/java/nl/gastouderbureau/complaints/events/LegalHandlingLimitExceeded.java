package nl.gastouderbureau.complaints.events;

import java.time.Instant;

/** C6: the statutory limit passed undecided; escalated again. */
public record LegalHandlingLimitExceeded(
        String caseId,
        Instant legalLimit,
        Instant at) implements CaseEvent {
}
