package nl.gastouderbureau.complaints.cases.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static nl.gastouderbureau.complaints.cases.web.CaseCommands.AGENCY_ZONE;

/**
 * Dates as people read them ("8 december 2026 om 10:00"), in the visitor's language and in Dutch
 * time whatever the server's zone: a deadline stored as 23:30 UTC falls on the next day for the
 * agency. Templates reach it as {@code dates}.
 */
public final class PageDates {

    private static final DateTimeFormatter INPUT_MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(AGENCY_ZONE);

    private final DateTimeFormatter day;
    private final DateTimeFormatter moment;

    PageDates(Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        this.day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        this.moment = DateTimeFormatter.ofPattern(english ? "d MMMM yyyy 'at' HH:mm" : "d MMMM yyyy 'om' HH:mm", locale)
                .withZone(AGENCY_ZONE);
    }

    public String day(LocalDate date) {
        return date == null ? null : day.format(date);
    }

    public String day(Instant instant) {
        return instant == null ? null : day.format(instant.atZone(AGENCY_ZONE));
    }

    public String moment(Instant instant) {
        return instant == null ? null : moment.format(instant);
    }

    /** The value an {@code <input type="datetime-local">} takes: Dutch wall-clock time, to the minute. */
    public String inputMoment(Instant instant) {
        return instant == null ? null : INPUT_MOMENT.format(instant);
    }
}
