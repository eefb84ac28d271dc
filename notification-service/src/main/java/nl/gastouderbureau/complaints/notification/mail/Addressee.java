package nl.gastouderbureau.complaints.notification.mail;

import nl.gastouderbureau.complaints.events.Language;

/**
 * Whom a mail about a case is written to, as far as the wording goes: the case reference to quote,
 * the language they chose and their name, if they gave one.
 */
public record Addressee(String reference, Language language, String name) {

    public Addressee {
        language = Language.orDefault(language);
        name = name == null || name.isBlank() ? null : name.strip();
    }

    boolean english() {
        return language == Language.EN;
    }
}
