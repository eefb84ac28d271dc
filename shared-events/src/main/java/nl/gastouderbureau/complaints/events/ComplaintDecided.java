package nl.gastouderbureau.complaints.events;

import nl.gastouderbureau.complaints.events.privacy.PersonalData;

import java.time.Instant;
import java.util.List;

/** C4: the verdict with its reasoning and the corrective actions it requires. */
public record ComplaintDecided(
        String caseId,
        Verdict verdict,
        @PersonalData String reasoning,
        List<CorrectiveAction> correctiveActions,
        Actor by,
        Instant at) implements CaseEvent {

    public ComplaintDecided {
        correctiveActions = correctiveActions == null ? List.of() : List.copyOf(correctiveActions);
    }
}
