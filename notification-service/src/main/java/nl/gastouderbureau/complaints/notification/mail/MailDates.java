package nl.gastouderbureau.complaints.notification.mail;

import nl.gastouderbureau.complaints.events.Language;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/** Dates as a reader expects them in their language, e.g. "dinsdag 8 december 2026". */
final class MailDates {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("en-GB"));

    private MailDates() {
    }

    static String longDate(Instant instant, ZoneId zone, Language language) {
        return format(instant.atZone(zone), language);
    }

    static String longDate(LocalDate date, Language language) {
        return format(date, language);
    }

    private static String format(TemporalAccessor date, Language language) {
        return (language == Language.EN ? ENGLISH : DUTCH).format(date);
    }
}
