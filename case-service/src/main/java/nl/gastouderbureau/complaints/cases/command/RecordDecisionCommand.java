package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.Actor;
import nl.gastouderbureau.complaints.events.CorrectiveAction;
import nl.gastouderbureau.complaints.events.Verdict;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * C4: the handler's decision. The corrective actions carry their ids already, so the aggregate
 * replays to the same state: {@link #withNewActions} gives them ids outside of it.
 *
 * @param expectedVersion the version the sender saw ({@code If-Match}); null skips the check
 */
public record RecordDecisionCommand(
        @TargetAggregateIdentifier CaseId caseId,
        Verdict verdict,
        String reasoning,
        List<CorrectiveAction> correctiveActions,
        @TargetAggregateVersion Long expectedVersion,
        Actor by,
        Instant at) {

    public RecordDecisionCommand {
        correctiveActions = correctiveActions == null ? List.of() : List.copyOf(correctiveActions);
    }

    /** A corrective action as the handler writes it: what, who, by when. */
    public record NewCorrectiveAction(String description, String owner, LocalDate dueOn) {
    }

    public static RecordDecisionCommand withNewActions(CaseId caseId, Verdict verdict, String reasoning,
                                                       List<NewCorrectiveAction> actions, Long expectedVersion,
                                                       Actor by, Instant at) {
        List<CorrectiveAction> identified = (actions == null ? List.<NewCorrectiveAction>of() : actions).stream()
                .map(a -> new CorrectiveAction(UUID.randomUUID().toString(), a.description(), a.owner(), a.dueOn()))
                .toList();
        return new RecordDecisionCommand(caseId, verdict, reasoning, identified, expectedVersion, by, at);
    }
}
