package nl.gastouderbureau.complaints.notification.notify;

import nl.gastouderbureau.complaints.events.FeedbackCaseOpened;
import nl.gastouderbureau.complaints.notification.log.NotificationType;
import nl.gastouderbureau.complaints.notification.mail.AcknowledgementTemplate;
import org.springframework.stereotype.Component;

/** F1 and F5: whoever left an email address is told their feedback arrived; anonymous feedback gets no mail. */
@Component
public class Acknowledgements {

    private final AcknowledgementTemplate template;
    private final Notifier notifier;

    public Acknowledgements(AcknowledgementTemplate template, Notifier notifier) {
        this.template = template;
        this.notifier = notifier;
    }

    public void feedbackCaseOpened(String eventId, FeedbackCaseOpened event) {
        if (event.contact() == null || !event.contact().hasEmail()) {
            return;
        }
        notifier.notifyOnce(new OutgoingMail(eventId, event.caseId(), NotificationType.ACKNOWLEDGEMENT,
                event.contact().email().strip(), template.render(event)));
    }
}
