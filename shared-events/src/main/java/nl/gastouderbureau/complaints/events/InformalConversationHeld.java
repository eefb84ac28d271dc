package nl.gastouderbureau.complaints.events;

import nl.gastouderbureau.complaints.events.privacy.PersonalData;

import java.time.Instant;
import java.time.LocalDate;

/** C1: the mediation employee held the conversation; resolved closes the case, unresolved invites a formal complaint. */
public record InformalConversationHeld(
        String caseId,
        LocalDate heldOn,
        ConversationOutcome outcome,
        @PersonalData String summary,
        Actor by,
        Instant at) implements CaseEvent {
}
