package nl.gastouderbureau.complaints.events;

/** The language a submitter reads their mail in. Dutch unless they chose English. */
public enum Language {
    NL, EN;

    public static Language orDefault(Language language) {
        return language == null ? NL : language;
    }
}
