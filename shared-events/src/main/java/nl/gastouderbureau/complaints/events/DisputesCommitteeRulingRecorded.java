package nl.gastouderbureau.complaints.events;

import nl.gastouderbureau.complaints.events.privacy.PersonalData;

import java.time.Instant;
import java.time.LocalDate;

/** C8: the committee's ruling (binding advice) was recorded. */
public record DisputesCommitteeRulingRecorded(
        String caseId,
        @PersonalData String ruling,
        LocalDate receivedOn,
        Actor by,
        Instant at) implements CaseEvent {
}
