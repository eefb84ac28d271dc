package nl.gastouderbureau.complaints.notification.notify;

import io.micrometer.core.instrument.MeterRegistry;
import nl.gastouderbureau.complaints.notification.log.NotificationLog;
import nl.gastouderbureau.complaints.notification.log.NotificationType;
import nl.gastouderbureau.complaints.notification.mail.RenderedMail;
import nl.gastouderbureau.complaints.notification.mail.SmtpMailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Sends each mail at most once per (event, type): the notification is claimed in the log before
 * the mail leaves, so a redelivered or replayed event finds the claim and sends nothing.
 *
 * <p>A mail the SMTP server did not take is logged as FAILED with its content and the event is
 * done; sending failed mails again is the job of {@link #deliver}, which a retry calls as well.
 * Logs name the notification id only, never the recipient (DESIGN P1).
 */
@Component
public class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);
    private static final int MAX_ERROR_LENGTH = 500;

    private final NotificationLog notifications;
    private final SmtpMailer mailer;
    private final Clock clock;
    private final MeterRegistry metrics;

    public Notifier(NotificationLog notifications, SmtpMailer mailer, Clock clock, MeterRegistry metrics) {
        this.notifications = notifications;
        this.mailer = mailer;
        this.clock = clock;
        this.metrics = metrics;
    }

    public void notifyOnce(OutgoingMail mail) {
        String id = NotificationLog.idOf(mail.eventId(), mail.type());
        if (!notifications.claim(id, mail.caseId(), mail.type(), mail.recipient(), mail.content(), clock.instant())) {
            log.debug("Notification {} was handled before; not sending it again", id);
            return;
        }
        deliver(id, mail.type(), mail.recipient(), mail.content());
    }

    /** One attempt to send a claimed notification. @return whether the SMTP server took it */
    public boolean deliver(String id, NotificationType type, String recipient, RenderedMail content) {
        try {
            mailer.send(recipient, content);
        } catch (MailException e) {
            notifications.markFailed(id, describe(e), clock.instant());
            metrics.counter("complaints.mails.failed", "type", type.name()).increment();
            log.warn("Mail {} was not sent ({}); it is logged as FAILED", id, e.getClass().getSimpleName());
            return false;
        }
        notifications.markSent(id, clock.instant());
        metrics.counter("complaints.mails.sent", "type", type.name()).increment();
        return true;
    }

    private static String describe(MailException e) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        String text = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }
}
