package nl.gastouderbureau.complaints.notification.notify;

import nl.gastouderbureau.complaints.events.ComplaintFiled;
import nl.gastouderbureau.complaints.events.Contact;
import nl.gastouderbureau.complaints.events.FeedbackCaseOpened;
import nl.gastouderbureau.complaints.support.mail.ClientAddresses;
import nl.gastouderbureau.complaints.notification.log.NotificationType;
import nl.gastouderbureau.complaints.notification.mail.AcknowledgementTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * F1, F5 and C2: whoever left an email address is told their feedback or complaint arrived;
 * anonymous feedback gets no mail. An informal complaint is registered by staff after a talk with
 * the client and is not acknowledged by mail. The listener sends a poll's acknowledgements together.
 */
@Component
public class Acknowledgements {

    private final AcknowledgementTemplate template;
    private final ClientAddresses addresses;

    public Acknowledgements(AcknowledgementTemplate template, ClientAddresses addresses) {
        this.template = template;
        this.addresses = addresses;
    }

    /** @return the acknowledgement to send, or empty when the submitter left no email address */
    public Optional<OutgoingMail> of(String eventId, FeedbackCaseOpened event) {
        if (!hasEmail(event.contact())) {
            return Optional.empty();
        }
        return Optional.of(new OutgoingMail(eventId, event.caseId(), NotificationType.ACKNOWLEDGEMENT,
                event.contact().email().strip(), template.render(event)));
    }

    /** C2: a formal complaint always comes from a logged-in client, so there is always someone to tell. */
    public Optional<OutgoingMail> of(String eventId, ComplaintFiled event) {
        return Optional.ofNullable(addresses.of(event.contact(), event.clientAccount()))
                .map(address -> new OutgoingMail(eventId, event.caseId(), NotificationType.ACKNOWLEDGEMENT,
                        address, template.render(event)));
    }

    private static boolean hasEmail(Contact contact) {
        return contact != null && contact.hasEmail();
    }
}
