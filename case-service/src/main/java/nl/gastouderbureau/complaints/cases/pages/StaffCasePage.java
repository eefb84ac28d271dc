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
 * contact task, its corrective actions with their terms, the forms that make sense in its state, and what refused the
 * form that was just sent, if any.
 *
 * @param contact the contact task (F6) and the latest contact, or {@code null} when the case has neither
 * @param shown the command forms on the page, in order
 * @param forms every form's content by form id; the one just sent holds what was posted
 */
public record StaffCasePage(CaseView view, CaseClocks clocks, ContactTaskStanding contact, List<Action> actions,
                            List<String> shown, Map<String, Object> forms, FormErrors errors) {

    /**
     * @param countdown the term's countdown while the action is open; {@code null} once done
     * @param completable whether staff may record it as done now, or were just refused doing so
     */
    public record Action(CorrectiveAction action, Countdown countdown, boolean completable) {

        public boolean overdue() {
            return !action.done() && (action.overdue() || countdown.passed());
        }
    }

    /**
     * A form that was just refused stays on the page even when the case, as it is now, no longer
     * offers it (someone else decided first): the refusal belongs beside the form that caused it.
     */
    static StaffCasePage of(CaseView view, Instant now, Duration reminderBefore, Map<String, Object> forms, FormErrors errors) {
        boolean open = view.status() != CaseStatus.CLOSED;
        List<Action> actions = view.correctiveActions().stream()
                .map(a -> new Action(a, a.done() ? null : Countdown.untilEndOf(a.dueOn(), now, reminderBefore),
                        open && !a.done() || errors.on(StaffForms.completion(a.id()))))
                .toList();
        List<String> offered = StaffForms.offeredFor(view);
        List<String> shown = StaffForms.orderFor(view).stream().filter(f -> offered.contains(f) || errors.on(f)).toList();
        return new StaffCasePage(view, CaseClocks.of(view, now, reminderBefore), ContactTaskStanding.of(view, now),
                actions, shown, forms, errors);
    }

    public Object form(String id) {
        return forms.get(id);
    }
}
