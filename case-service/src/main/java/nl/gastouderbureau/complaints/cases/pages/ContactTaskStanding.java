package nl.gastouderbureau.complaints.cases.pages;

import nl.gastouderbureau.complaints.cases.query.CaseView;
import nl.gastouderbureau.complaints.cases.query.CaseView.PersonalContact;

import java.time.Duration;
import java.time.Instant;

/**
 * How the contact task of a case stands (F6): a submitter who asked for a call or an appointment
 * waits until {@code contactBy}; the contact staff record completes the request, on time or late.
 * Staff may also record a contact nobody asked for, which leaves a contact without a request.
 *
 * @param countdown to {@code contactBy} while the request is open; {@code null} otherwise
 */
public record ContactTaskStanding(PersonalContact contact, Countdown countdown) {

    /**
     * F6 has no reminder before {@code contactBy}: the period is short (two days by default) and
     * an open request is marked on the work list by itself, so the countdown is never "nearly due".
     */
    private static final Duration NO_REMINDER = Duration.ZERO;

    /** The standing of the case's contact task, or {@code null} when it has neither a request nor a contact. */
    static ContactTaskStanding of(CaseView view, Instant now) {
        PersonalContact contact = view.personalContact();
        if (contact == null) {
            return null;
        }
        boolean running = contact.open() && contact.contactBy() != null;
        return new ContactTaskStanding(contact, running ? Countdown.until(contact.contactBy(), now, NO_REMINDER) : null);
    }

    /** Whether the submitter asked for contact, whether or not it was made since. */
    public boolean requested() {
        return contact.contactBy() != null;
    }

    /** A request waits for the contact. */
    public boolean open() {
        return contact.open();
    }

    /**
     * A request waits past {@code contactBy}: the projection flagged it, or the countdown passed
     * (the flag follows a few seconds after the deadline fires).
     */
    public boolean overdue() {
        return open() && (contact.overdue() || countdown != null && countdown.passed());
    }

    /**
     * The standing in words, as a message key: {@code open}, {@code overdue}, {@code madeOnTime},
     * {@code madeLate}, or {@code unrequested} for a contact made without a request.
     */
    public String state() {
        if (open()) {
            return overdue() ? "overdue" : "open";
        }
        if (!requested()) {
            return "unrequested";
        }
        return contact.late() ? "madeLate" : "madeOnTime";
    }

    /** The mark of a work-list row with a request still open, or {@code null}: {@code contactOpen} or {@code contactOverdue}. */
    public String mark() {
        if (!open()) {
            return null;
        }
        return overdue() ? "contactOverdue" : "contactOpen";
    }
}
