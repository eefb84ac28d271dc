package nl.gastouderbureau.complaints.notification.mail;

import nl.gastouderbureau.complaints.events.ComplaintHandlingOverdue;
import org.springframework.stereotype.Component;

/** C6: the handling period passed undecided; the client may now go to De Geschillencommissie (C8). */
@Component
public class DeadlinePassedTemplate {

    private final MailSettings settings;

    public DeadlinePassedTemplate(MailSettings settings) {
        this.settings = settings;
    }

    public RenderedMail render(Addressee to, ComplaintHandlingOverdue event) {
        String date = MailDates.longDate(event.handleBy(), settings.timeZone(), to.language());
        MailBody body = Letter.greeting(to);
        if (to.english()) {
            body.paragraph("We promised you a decision on your complaint " + to.reference() + " by " + date
                            + ". We have not managed that, and we apologise. We are still working on a decision and will "
                            + "send it to you as soon as we can.")
                    .heading("De Geschillencommissie")
                    .paragraph("Because the period has passed, you do not have to wait for our decision: you may take your "
                            + "complaint to De Geschillencommissie Kinderopvang, an independent committee whose ruling is "
                            + "binding, within 12 months after you filed it.")
                    .link("De Geschillencommissie", Letter.GESCHILLENCOMMISSIE_SITE);
        } else {
            body.paragraph("We hebben u beloofd dat u uiterlijk op " + date + " ons besluit over uw klacht "
                            + to.reference() + " zou krijgen. Dat is niet gelukt, en daarvoor bieden we onze excuses aan. "
                            + "We werken nog aan een besluit en sturen het u zo snel mogelijk.")
                    .heading("De Geschillencommissie")
                    .paragraph("Omdat de termijn verstreken is, hoeft u niet op ons besluit te wachten: u mag uw klacht "
                            + "voorleggen aan De Geschillencommissie Kinderopvang, een onafhankelijke commissie die een "
                            + "bindend advies geeft. Dat kan tot 12 maanden nadat u uw klacht indiende.")
                    .link("De Geschillencommissie", Letter.GESCHILLENCOMMISSIE_SITE);
        }
        Letter.quoteReference(body, to);
        return Letter.sign(body, to.language(), settings.senderName(), Letter.subject(to.reference(), to.english()
                ? "The period for our decision on your complaint has passed"
                : "De termijn voor ons besluit over uw klacht is verstreken"));
    }
}
