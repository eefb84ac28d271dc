package nl.gastouderbureau.complaints.notification.mail;

import nl.gastouderbureau.complaints.events.Language;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * F7: a colleague hears that the submitter mailed about a case. Like every staff mail it names the
 * case by its reference only: what the submitter wrote is in the case system, not copied into
 * another mailbox (DESIGN P1).
 */
@Component
public class SubmitterMessageTemplate {

    private final MailSettings settings;

    public SubmitterMessageTemplate(MailSettings settings) {
        this.settings = settings;
    }

    public RenderedMail messageAdded(Language language, String reference, Instant receivedAt, int attachmentCount) {
        String date = MailDates.longDate(receivedAt, settings.timeZone(), language);
        boolean english = language == Language.EN;
        MailBody body = Letter.greetingColleague(language).paragraph(english
                ? "The submitter of " + reference + " sent a message about the case on " + date + ". "
                        + "It is on the case's timeline in the case system."
                : "De indiener van " + reference + " heeft op " + date + " een bericht over de zaak gestuurd. "
                        + "Het staat in het verloop van de zaak in het klachtensysteem.");
        if (attachmentCount > 0) {
            body.paragraph(english
                    ? "The message had " + attachmentCount + " attachment(s); they were not kept. Ask the submitter if you need them."
                    : "Het bericht had " + attachmentCount + " bijlage(n); die zijn niet bewaard. Vraag de indiener erom als u ze nodig hebt.");
        }
        return Letter.sign(body, language, settings.senderName(), Letter.subject(reference, english
                ? "New message from the submitter"
                : "Nieuw bericht van de indiener"));
    }
}
