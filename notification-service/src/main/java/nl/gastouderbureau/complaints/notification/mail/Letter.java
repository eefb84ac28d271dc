package nl.gastouderbureau.complaints.notification.mail;

import nl.gastouderbureau.complaints.events.Language;

/** The parts every mail shares, so all messages greet, sign and name the case the same way. */
final class Letter {

    /** Where a client takes a complaint the agency did not settle (DESIGN C8). */
    static final String GESCHILLENCOMMISSIE_SITE = "https://www.degeschillencommissie.nl";

    private Letter() {
    }

    /** The reference in brackets first, so replies and mail filters can find the case. */
    static String subject(String reference, String text) {
        return "[" + reference + "] " + text;
    }

    static MailBody greeting(Addressee to) {
        if (to.english()) {
            return new MailBody().paragraph(to.name() == null ? "Dear Sir or Madam," : "Dear " + to.name() + ",");
        }
        return new MailBody().paragraph(to.name() == null ? "Geachte heer, mevrouw," : "Beste " + to.name() + ",");
    }

    static MailBody greetingColleague(Language language) {
        return new MailBody().paragraph(language == Language.EN ? "Dear colleague," : "Beste collega,");
    }

    static MailBody quoteReference(MailBody body, Addressee to) {
        return body.paragraph(to.english()
                ? "If you want to tell us more about this, please quote the reference " + to.reference() + "."
                : "Wilt u ons hierover nog iets laten weten? Vermeld dan het kenmerk " + to.reference() + ".");
    }

    static RenderedMail sign(MailBody body, Language language, String senderName, String subject) {
        boolean english = language == Language.EN;
        body.lines(english ? "Kind regards," : "Met vriendelijke groet,", senderName);
        return RenderedMail.of(subject, body, english ? "en" : "nl");
    }

    static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
