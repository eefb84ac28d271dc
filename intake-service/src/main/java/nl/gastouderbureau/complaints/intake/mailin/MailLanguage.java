package nl.gastouderbureau.complaints.intake.mailin;

import nl.gastouderbureau.complaints.events.Language;

import java.util.Locale;
import java.util.Set;

/**
 * The language to answer a mail in: Dutch unless the mail says it is English or is evidently
 * written in English. A count of common words, deliberately modest: a mixed or short mail stays Dutch.
 */
final class MailLanguage {

    private static final Set<String> ENGLISH = Set.of("the", "and", "you", "your", "are", "was", "were", "would", "like",
            "please", "thank", "thanks", "with", "have", "has", "this", "that", "not", "for", "our", "my", "i", "it",
            "there", "what", "when", "could", "should", "about", "regards", "dear", "from", "which", "been");
    private static final Set<String> DUTCH = Set.of("de", "het", "een", "en", "ik", "je", "jij", "u", "uw", "wij",
            "niet", "van", "voor", "met", "dat", "die", "zijn", "graag", "bedankt", "groet", "groeten", "ons", "onze",
            "mijn", "heb", "hebben", "wordt", "kan", "kunnen", "wel", "ook", "maar", "naar", "bij", "dit", "deze",
            "er", "nog", "geen", "wat", "hoe", "gastouder", "vriendelijke", "beste", "geachte", "dank");

    private MailLanguage() {
    }

    static Language of(String contentLanguage, String subject, String text) {
        if (contentLanguage != null && !contentLanguage.isBlank()) {
            String tag = contentLanguage.strip().toLowerCase(Locale.ROOT);
            if (tag.startsWith("en")) {
                return Language.EN;
            }
            if (tag.startsWith("nl")) {
                return Language.NL;
            }
        }
        int english = 0;
        int dutch = 0;
        for (String word : ((subject == null ? "" : subject) + " " + text).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (ENGLISH.contains(word)) {
                english++;
            }
            if (DUTCH.contains(word)) {
                dutch++;
            }
        }
        return english >= 3 && english >= 2 * dutch ? Language.EN : Language.NL;
    }
}
