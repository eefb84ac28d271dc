package nl.gastouderbureau.complaints.notification.mail;

/** A mail ready to send: the same content as plain text and as HTML, in one language. */
public record RenderedMail(String subject, String plainText, String html, String languageTag) {

    public static RenderedMail of(String subject, MailBody body, String languageTag) {
        return new RenderedMail(subject, body.plainText(), body.html(subject, languageTag), languageTag);
    }
}
