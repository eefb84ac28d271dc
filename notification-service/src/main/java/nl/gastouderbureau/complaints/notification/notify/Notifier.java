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
import java.util.ArrayList;
import java.util.List;

/**
 * Sends each mail at most once per (event, type): the notification is claimed in the log before
 * the mail leaves, so a redelivered or replayed event finds the claim and sends nothing. The mails
 * of a poll's events are claimed, and marked sent, together.
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
    /**
     * Mails claimed, sent and then marked together. A crash between a send and its mark leaves the
     * mail PENDING for the {@link Resender} to send again: this bounds how many a crash can send twice.
     */
    static final int CHUNK = 10;

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
        notifyOnce(List.of(mail));
    }

    /**
     * Claims these mails together, sends the ones claimed now in the order given, and marks the
     * ones the server took together, {@value #CHUNK} at a time: two writes to the log for each
     * {@value #CHUNK} mails instead of two per mail.
     */
    public void notifyOnce(List<OutgoingMail> mails) {
        for (int from = 0; from < mails.size(); from += CHUNK) {
            List<NotificationLog.Claim> claims = mails.subList(from, Math.min(mails.size(), from + CHUNK)).stream()
                    .map(mail -> new NotificationLog.Claim(mail.caseId(), new WaitingNotification(
                            NotificationLog.idOf(mail.eventId(), mail.type()), mail.type(), mail.recipient(), mail.content())))
                    .toList();
            List<WaitingNotification> claimed = notifications.claim(claims, clock.instant());
            if (claimed.size() < claims.size()) {
                log.debug("{} of {} notification(s) were handled before; not sending them again",
                        claims.size() - claimed.size(), claims.size());
            }
            List<Taken> taken = new ArrayList<>();
            for (WaitingNotification mail : claimed) {
                int attempts = send(mail, delivery.attempts());
                if (attempts > 0) {
                    taken.add(new Taken(mail, attempts));
                }
            }
            markSent(taken);
        }
    }

    /**
     * Sends a claimed notification, trying up to {@code attempts} times, and marks the outcome.
     *
     * @return whether the SMTP server took it
     */
    public boolean deliver(WaitingNotification mail, int attempts) {
        int taken = send(mail, attempts);
        if (taken > 0) {
            markSent(List.of(new Taken(mail, taken)));
        }
        return taken > 0;
    }

    /** @return the attempt the SMTP server took it in, or 0 when it did not and the mail is marked FAILED */
    private int send(WaitingNotification mail, int attempts) {
        Duration pause = delivery.backoff();
        for (int attempt = 1; ; attempt++) {
            try {
                mailer.send(mail.recipient(), mail.content());
                return attempt;
            } catch (MailPreparationException e) {
                failed(mail, e, false, attempt);
                return 0;
            } catch (MailException e) {
                if (attempt >= attempts || !pause(pause)) {
                    failed(mail, e, true, attempt);
                    return 0;
                }
                pause = pause.multipliedBy(2);
            }
        }
    }

    private void markSent(List<Taken> taken) {
        notifications.markSent(taken.stream().map(sent -> new NotificationLog.Sent(sent.mail().id(), sent.attempts())).toList(),
                clock.instant());
        taken.forEach(sent -> metrics.counter("complaints.mails.sent", "type", sent.mail().type().name()).increment());
    }

    /** A mail the SMTP server took, in the given attempt. */
    private record Taken(WaitingNotification mail, int attempts) {
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
