package nl.gastouderbureau.complaints.events;

import java.time.Instant;
import java.time.LocalDate;

/** C8: the committee's ruling (binding advice) was recorded. */
public record DisputesCommitteeRulingRecorded(
        String caseId,
        String ruling,
        LocalDate receivedOn,
        Actor by,
        Instant at) implements CaseEvent {
}
