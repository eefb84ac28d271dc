package nl.gastouderbureau.complaints.events;

import nl.gastouderbureau.complaints.events.privacy.PersonalData;

import java.time.Instant;

/** F2: staff responded to the feedback; {@code late} when it came after {@code respondBy} (F4). */
public record FeedbackResponseRecorded(
        String caseId,
        FeedbackOutcome outcome,
        @PersonalData String message,
        boolean late,
        Actor by,
        Instant at) implements CaseEvent {
}
