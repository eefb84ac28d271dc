package nl.gastouderbureau.complaints.cases.pages;

import nl.gastouderbureau.complaints.cases.query.CaseStatus;
import nl.gastouderbureau.complaints.cases.query.CaseView;
import nl.gastouderbureau.complaints.cases.query.CaseView.CorrectiveAction;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the staff case page shows: the case as the projection has it now, how its clocks stand, its
 * corrective actions with their terms, the forms that make sense in its state, and what refused the
 * form that was just sent, if any.
 *
 * @param forms every form's content by form id; the one just sent holds what was posted
 */
public record StaffCasePage(CaseView view, CaseClocks clocks, List<Action> actions, List<String> offered,
                            Map<String, Object> forms, FormErrors errors) {

    /**
     * @param countdown the term's countdown while the action is open; {@code null} once done
     * @param completable whether staff may record it as done now
     */
    public record Action(CorrectiveAction action, Countdown countdown, boolean completable) {

        public boolean overdue() {
            return !action.done() && (action.overdue() || countdown.passed());
        }
    }

    static StaffCasePage of(CaseView view, Instant now, Duration reminderBefore, Map<String, Object> forms, FormErrors errors) {
        boolean open = view.status() != CaseStatus.CLOSED;
        List<Action> actions = view.correctiveActions().stream()
                .map(a -> new Action(a, a.done() ? null : Countdown.untilEndOf(a.dueOn(), now, reminderBefore), open && !a.done()))
                .toList();
        return new StaffCasePage(view, CaseClocks.of(view, now, reminderBefore), actions, StaffForms.offeredFor(view),
                forms, errors);
    }

    public Object form(String id) {
        return forms.get(id);
    }
}
