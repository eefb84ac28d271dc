package nl.gastouderbureau.complaints.notification.notify;

import nl.gastouderbureau.complaints.events.ComplaintFiled;
import nl.gastouderbureau.complaints.events.Contact;
import nl.gastouderbureau.complaints.events.FeedbackCaseOpened;
import nl.gastouderbureau.complaints.support.mail.ClientAddresses;
import nl.gastouderbureau.complaints.notification.log.NotificationType;
import nl.gastouderbureau.complaints.notification.mail.AcknowledgementTemplate;
import org.springframework.stereotype.Component;

/**
 * F1, F5 and C2: whoever left an email address is told their feedback or complaint arrived;
 * anonymous feedback gets no mail. An informal complaint is registered by staff after a talk with
 * the client and is not acknowledged by mail.
 */
@Component
public class Acknowledgements {

    private final AcknowledgementTemplate template;
    private final Notifier notifier;
    private final ClientAddresses addresses;

    public Acknowledgements(AcknowledgementTemplate template, Notifier notifier, ClientAddresses addresses) {
        this.template = template;
        this.notifier = notifier;
        this.addresses = addresses;
    }

    public void feedbackCaseOpened(String eventId, FeedbackCaseOpened event) {
        if (hasEmail(event.contact())) {
            notifier.notifyOnce(new OutgoingMail(eventId, event.caseId(), NotificationType.ACKNOWLEDGEMENT,
                    event.contact().email().strip(), template.render(event)));
        }
    }

    public void complaintFiled(String eventId, ComplaintFiled event) {
        // C2: a formal complaint always comes from a logged-in client, so there is always someone to tell.
        String address = addresses.of(event.contact(), event.clientAccount());
        if (address != null) {
            notifier.notifyOnce(new OutgoingMail(eventId, event.caseId(), NotificationType.ACKNOWLEDGEMENT,
                    address, template.render(event)));
        }
    }

    private static boolean hasEmail(Contact contact) {
        return contact != null && contact.hasEmail();
    }
}
