package nl.gastouderbureau.complaints.notification.notify;

import io.micrometer.core.instrument.MeterRegistry;
import nl.gastouderbureau.complaints.notification.log.NotificationLog;
import nl.gastouderbureau.complaints.notification.log.WaitingNotification;
import nl.gastouderbureau.complaints.notification.mail.SmtpMailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * Sends each mail at most once per (event, type): the notification is claimed in the log before
 * the mail leaves, so a redelivered or replayed event finds the claim and sends nothing.
 *
 * <p>A mail the SMTP server does not take is tried a few times with a growing pause, then logged as
 * FAILED with its content and the event is done: the partition must not wait for the mail server.
 * The {@link Resender} sends it later. Logs name the notification id only, never the recipient
 * (DESIGN P1).
 */
@Component
public class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);
    private static final int MAX_ERROR_LENGTH = 500;

    private final NotificationLog notifications;
    private final SmtpMailer mailer;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final DeliverySettings delivery;

    public Notifier(NotificationLog notifications, SmtpMailer mailer, Clock clock, MeterRegistry metrics,
                    DeliverySettings delivery) {
        this.notifications = notifications;
        this.mailer = mailer;
        this.clock = clock;
        this.metrics = metrics;
        this.delivery = delivery;
    }

    public void notifyOnce(OutgoingMail mail) {
        String id = NotificationLog.idOf(mail.eventId(), mail.type());
        if (!notifications.claim(id, mail.caseId(), mail.type(), mail.recipient(), mail.content(), clock.instant())) {
            log.debug("Notification {} was handled before; not sending it again", id);
            return;
        }
        deliver(new WaitingNotification(id, mail.type(), mail.recipient(), mail.content()), delivery.attempts());
    }

    /**
     * Sends a claimed notification, trying up to {@code attempts} times, and marks the outcome.
     *
     * @return whether the SMTP server took it
     */
    public boolean deliver(WaitingNotification mail, int attempts) {
        Duration pause = delivery.backoff();
        for (int attempt = 1; ; attempt++) {
            try {
                mailer.send(mail.recipient(), mail.content());
                notifications.markSent(mail.id(), attempt, clock.instant());
                metrics.counter("complaints.mails.sent", "type", mail.type().name()).increment();
                return true;
            } catch (MailPreparationException e) {
                failed(mail, e, false, attempt);
                return false;
            } catch (MailException e) {
                if (attempt >= attempts || !pause(pause)) {
                    failed(mail, e, true, attempt);
                    return false;
                }
                pause = pause.multipliedBy(2);
            }
        }
    }

    private void failed(WaitingNotification mail, MailException e, boolean retry, int attempts) {
        notifications.markFailed(mail.id(), describe(e), retry, attempts, clock.instant());
        metrics.counter("complaints.mails.failed", "type", mail.type().name()).increment();
        log.warn("Mail {} was not sent after {} attempt(s) ({}); it is logged as FAILED{}", mail.id(), attempts,
                e.getClass().getSimpleName(), retry ? " and will be sent again" : " and needs a person to look at it");
    }

    /** @return false when interrupted: the service is stopping, and the mail waits for the resend job */
    private static boolean pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String describe(MailException e) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        String text = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }
}
