package nl.gastouderbureau.complaints.cases.pages;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import static nl.gastouderbureau.complaints.cases.web.CaseCommands.AGENCY_ZONE;

/**
 * How a running deadline stands, counted in calendar days in the Netherlands ("nog 3 dagen",
 * "vandaag", "2 dagen te laat"): a deadline at 01:00 Dutch time tomorrow is "tomorrow" even though
 * it is less than a day away. Nearly due means inside the reminder period (F3, C6), when staff are
 * reminded of it.
 *
 * @param days how many days are left, or how many days late; 0 on the day itself
 */
public record Countdown(long days, boolean passed, boolean nearlyDue) {

    static Countdown until(Instant deadline, Instant now, Duration reminderBefore) {
        boolean passed = !now.isBefore(deadline);
        return new Countdown(daysBetween(now, dayOf(deadline)), passed,
                !passed && !now.isBefore(deadline.minus(reminderBefore)));
    }

    /** A term given as a date (a corrective action's) runs until that day ends. */
    static Countdown untilEndOf(LocalDate due, Instant now, Duration reminderBefore) {
        return until(due.plusDays(1).atStartOfDay(AGENCY_ZONE).toInstant(), now, reminderBefore)
                .withDays(daysBetween(now, due));
    }

    /** The message that says it in words; {@link #days} is its argument. */
    public String messageKey() {
        if (passed) {
            return days == 0 ? "countdown.passedToday" : "countdown.late";
        }
        return days == 0 ? "countdown.today" : "countdown.left";
    }

    /** The mark of a list row or deadline, in words as well as colour: {@code overdue}, {@code nearlyDue} or none. */
    public String mark() {
        return passed ? "overdue" : nearlyDue ? "nearlyDue" : null;
    }

    private Countdown withDays(long days) {
        return new Countdown(days, passed, nearlyDue);
    }

    private static long daysBetween(Instant now, LocalDate day) {
        return Math.abs(ChronoUnit.DAYS.between(dayOf(now), day));
    }

    private static LocalDate dayOf(Instant instant) {
        return instant.atZone(AGENCY_ZONE).toLocalDate();
    }
}
