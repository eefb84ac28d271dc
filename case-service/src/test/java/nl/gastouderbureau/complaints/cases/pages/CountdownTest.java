package nl.gastouderbureau.complaints.cases.pages;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CountdownTest {

    private static final Duration REMINDER = Duration.ofDays(4);
    private static final Instant DEADLINE = Instant.parse("2026-12-08T10:00:00Z");

    @Test
    void daysAreCountedOnTheDutchCalendarNotInHoursLeft() {
        // 23:30 UTC on the 4th is already the 5th in Amsterdam: three days before the 8th.
        assertThat(Countdown.until(DEADLINE, Instant.parse("2026-12-04T23:30:00Z"), REMINDER))
                .isEqualTo(new Countdown(3, false, true));
        assertThat(Countdown.until(DEADLINE, Instant.parse("2026-12-04T22:30:00Z"), REMINDER))
                .isEqualTo(new Countdown(4, false, true));
        // Nearly due is the reminder period itself, in time: four days before the moment.
        assertThat(Countdown.until(DEADLINE, Instant.parse("2026-12-04T09:59:00Z"), REMINDER))
                .isEqualTo(new Countdown(4, false, false));
    }

    @Test
    void theDeadlineDayItselfIsTodayUntilTheMomentPasses() {
        Countdown morning = Countdown.until(DEADLINE, Instant.parse("2026-12-08T08:00:00Z"), REMINDER);
        Countdown afternoon = Countdown.until(DEADLINE, Instant.parse("2026-12-08T14:00:00Z"), REMINDER);

        assertThat(morning.messageKey()).isEqualTo("countdown.today");
        assertThat(morning.mark()).isEqualTo("nearlyDue");
        assertThat(afternoon.messageKey()).isEqualTo("countdown.passedToday");
        assertThat(afternoon.mark()).isEqualTo("overdue");
    }

    @Test
    void aPassedDeadlineCountsTheDaysLate() {
        Countdown late = Countdown.until(DEADLINE, Instant.parse("2026-12-10T09:00:00Z"), REMINDER);

        assertThat(late).isEqualTo(new Countdown(2, true, false));
        assertThat(late.messageKey()).isEqualTo("countdown.late");
    }

    @Test
    void aDeadlineOutsideTheReminderPeriodIsNotMarked() {
        Countdown early = Countdown.until(DEADLINE, Instant.parse("2026-11-27T09:00:00Z"), REMINDER);

        assertThat(early).isEqualTo(new Countdown(11, false, false));
        assertThat(early.messageKey()).isEqualTo("countdown.left");
        assertThat(early.mark()).isNull();
    }

    @Test
    void aTermGivenAsADateRunsUntilThatDayEnds() {
        LocalDate due = LocalDate.parse("2026-12-31");

        assertThat(Countdown.untilEndOf(due, Instant.parse("2026-12-31T22:30:00Z"), REMINDER))
                .isEqualTo(new Countdown(0, false, true));
        assertThat(Countdown.untilEndOf(due, Instant.parse("2026-12-31T23:30:00Z"), REMINDER))
                .isEqualTo(new Countdown(1, true, false));
        assertThat(Countdown.untilEndOf(due, Instant.parse("2026-12-20T12:00:00Z"), REMINDER))
                .isEqualTo(new Countdown(11, false, false));
    }
}
