package nl.gastouderbureau.complaints.intake.mailin;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The case reference a subject quotes, as our mails put it there ({@code [KL-2026-0042]}) or typed by hand. */
final class SubjectReference {

    private static final Pattern REFERENCE = Pattern.compile("(?<![\\p{Alnum}-])(FB|KL)-(\\d{4})-(\\d{4,9})(?!\\d)",
            Pattern.CASE_INSENSITIVE);

    private SubjectReference() {
    }

    static Optional<String> in(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        Matcher matcher = REFERENCE.matcher(subject);
        return matcher.find() ? Optional.of(matcher.group().toUpperCase(Locale.ROOT)) : Optional.empty();
    }
}
