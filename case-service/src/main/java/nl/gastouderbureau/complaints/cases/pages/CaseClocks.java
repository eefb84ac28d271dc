package nl.gastouderbureau.complaints.cases.pages;

import nl.gastouderbureau.complaints.cases.query.CaseStatus;
import nl.gastouderbureau.complaints.cases.query.CaseView;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The deadlines of a case and how each stands: feedback has one ({@code respondBy}, F1), a formal
 * complaint two ({@code handleBy}, the agency's promise, and {@code legalLimit}, the law's, C6);
 * and whoever asked for personal contact waits until {@code contactBy} (F6). A clock stops with the
 * response, decision or contact, or when the case closes.
 *
 * @param overdue   the projection flagged the case, or a running clock has passed (the flag follows
 *                  a few seconds after the deadline fires)
 * @param nearlyDue no clock has passed, but one is inside its reminder period
 */
public record CaseClocks(List<Clock> clocks, boolean overdue, boolean nearlyDue) {

    /**
     * @param name      {@code respondBy}, {@code handleBy}, {@code legalLimit} or {@code contactBy}
     * @param countdown how it stands; {@code null} once the clock stopped
     */
    public record Clock(String name, Instant at, Countdown countdown) {
    }

    /** The clocks staff see, the contact task's included. */
    static CaseClocks of(CaseView view, Instant now, Duration reminderBefore) {
        List<Clock> clocks = procedure(view.respondBy(), view.feedbackResponse() == null, view.handleBy(),
                view.legalLimit(), view.verdict() == null && view.status() != CaseStatus.CLOSED, now, reminderBefore);
        ContactTaskStanding contact = ContactTaskStanding.of(view, now);
        if (contact != null && contact.requested()) {
            clocks.add(new Clock("contactBy", contact.contact().contactBy(), contact.countdown()));
        }
        return of(clocks, view.overdue());
    }

    /**
     * @param respondBy        feedback's deadline, or {@code null}
     * @param awaitingResponse whether feedback still waits for its response
     * @param handleBy         a complaint's deadline, or {@code null}
     * @param legalLimit       a formal complaint's statutory limit, or {@code null}
     * @param awaitingDecision whether a complaint still waits for its decision
     * @param flaggedOverdue   the projection's overdue flag
     */
    static CaseClocks of(Instant respondBy, boolean awaitingResponse, Instant handleBy, Instant legalLimit,
                         boolean awaitingDecision, boolean flaggedOverdue, Instant now, Duration reminderBefore) {
        return of(procedure(respondBy, awaitingResponse, handleBy, legalLimit, awaitingDecision, now, reminderBefore),
                flaggedOverdue);
    }

    private static List<Clock> procedure(Instant respondBy, boolean awaitingResponse, Instant handleBy, Instant legalLimit,
                                         boolean awaitingDecision, Instant now, Duration reminderBefore) {
        List<Clock> clocks = new ArrayList<>();
        if (respondBy != null) {
            clocks.add(clock("respondBy", respondBy, awaitingResponse, now, reminderBefore));
        }
        if (handleBy != null) {
            clocks.add(clock("handleBy", handleBy, awaitingDecision, now, reminderBefore));
        }
        if (legalLimit != null) {
            clocks.add(clock("legalLimit", legalLimit, awaitingDecision, now, reminderBefore));
        }
        return clocks;
    }

    private static CaseClocks of(List<Clock> clocks, boolean flaggedOverdue) {
        boolean passed = clocks.stream().anyMatch(c -> c.countdown() != null && c.countdown().passed());
        boolean nearlyDue = clocks.stream().anyMatch(c -> c.countdown() != null && c.countdown().nearlyDue());
        boolean overdue = flaggedOverdue || passed;
        return new CaseClocks(List.copyOf(clocks), overdue, !overdue && nearlyDue);
    }

    /** The clocks still running, for a list row that has no room for the stopped ones. */
    public List<Clock> running() {
        return clocks.stream().filter(c -> c.countdown() != null).toList();
    }

    private static Clock clock(String name, Instant at, boolean running, Instant now, Duration reminderBefore) {
        return new Clock(name, at, running ? Countdown.until(at, now, reminderBefore) : null);
    }
}
