package nl.gastouderbureau.complaints.notification.mail;

import nl.gastouderbureau.complaints.events.HandlingDeadlineExtended;
import org.springframework.stereotype.Component;

/** C6a: the handling period was extended once; the client hears the new date and why. */
@Component
public class ExtensionTemplate {

    private final MailSettings settings;

    public ExtensionTemplate(MailSettings settings) {
        this.settings = settings;
    }

    public RenderedMail render(Addressee to, HandlingDeadlineExtended event) {
        String newDate = MailDates.longDate(event.newHandleBy(), settings.timeZone(), to.language());
        String previous = event.previousHandleBy() == null ? null
                : MailDates.longDate(event.previousHandleBy(), settings.timeZone(), to.language());
        MailBody body = Letter.greeting(to);
        if (to.english()) {
            body.paragraph("We need more time to handle your complaint " + to.reference() + " with care. "
                            + "You will receive our decision by " + newDate + " at the latest"
                            + (previous == null ? "." : ", instead of " + previous + "."))
                    .fact("New date", newDate);
            if (Letter.hasText(event.reason())) {
                body.heading("Why we need more time").quote(event.reason());
            }
        } else {
            body.paragraph("We hebben meer tijd nodig om uw klacht " + to.reference() + " zorgvuldig te behandelen. "
                            + "U ontvangt ons besluit uiterlijk op " + newDate
                            + (previous == null ? "." : ", in plaats van " + previous + "."))
                    .fact("Nieuwe datum", newDate);
            if (Letter.hasText(event.reason())) {
                body.heading("Waarom we meer tijd nodig hebben").quote(event.reason());
            }
        }
        Letter.quoteReference(body, to);
        return Letter.sign(body, to.language(), settings.senderName(), Letter.subject(to.reference(), to.english()
                ? "We need more time for your complaint"
                : "We hebben meer tijd nodig voor uw klacht"));
    }
}
