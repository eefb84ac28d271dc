package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.CorrectiveAction;
import nl.gastouderbureau.complaints.events.Verdict;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a case knows of its formal complaint, for the rules and policies to read. Only the case's
 * event sourcing handlers change it.
 */
final class Complaint {

    String involvedEmployee;
    final Instant filedAt;
    final Instant legalLimit;
    Instant handleBy;
    String handlerId;
    boolean extended;
    Verdict verdict;
    Instant decidedAt;
    Boolean satisfied;
    boolean referred;
    Instant remindedFor;
    Instant overdueFor;
    boolean legalLimitExceeded;
    final Map<String, Action> actions = new LinkedHashMap<>();

    Complaint(String involvedEmployee, Instant filedAt, Instant handleBy, Instant legalLimit) {
        this.involvedEmployee = involvedEmployee;
        this.filedAt = filedAt;
        this.handleBy = handleBy;
        this.legalLimit = legalLimit;
    }

    boolean decided() {
        return verdict != null;
    }

    /** P2: what the case keeps in memory of the complaint's texts goes with the erased data. */
    void forgetPersonalData() {
        involvedEmployee = null;
        actions.replaceAll((id, action) -> action.withoutDescription());
    }

    boolean allActionsDone() {
        return actions.values().stream().allMatch(Action::done);
    }

    record Action(CorrectiveAction action, boolean done, boolean reminded, boolean overdue) {

        Action(CorrectiveAction action) {
            this(action, false, false, false);
        }

        Action withoutDescription() {
            CorrectiveAction bare = new CorrectiveAction(action.id(), null, action.owner(), action.dueOn());
            return new Action(bare, done, reminded, overdue);
        }

        Action completed() {
            return new Action(action, true, reminded, overdue);
        }

        Action remindedOf() {
            return new Action(action, done, true, overdue);
        }

        Action escalated() {
            return new Action(action, done, reminded, true);
        }
    }
}
