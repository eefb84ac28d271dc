package nl.gastouderbureau.complaints.notification.notify;

import io.micrometer.core.instrument.MeterRegistry;
import nl.gastouderbureau.complaints.notification.log.NotificationLog;
import nl.gastouderbureau.complaints.notification.log.WaitingNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends the mail that waits: FAILED while the SMTP server was away, or left PENDING by a crash.
 * Each mail is claimed atomically before it is sent, so with several instances, or a run that
 * overlaps a consumer, every waiting mail goes out once.
 *
 * <p>A run stops at the first mail the server does not take: the server is most likely still
 * away, and that mail goes to the back of the queue for the next run.
 */
@Component
public class Resender {

    private static final Logger log = LoggerFactory.getLogger(Resender.class);

    private final NotificationLog notifications;
    private final Notifier notifier;
    private final Clock clock;
    private final DeliverySettings delivery;
    private final MeterRegistry metrics;

    public Resender(NotificationLog notifications, Notifier notifier, Clock clock, DeliverySettings delivery,
                    MeterRegistry metrics) {
        this.notifications = notifications;
        this.notifier = notifier;
        this.clock = clock;
        this.delivery = delivery;
        this.metrics = metrics;
    }

    @Scheduled(initialDelayString = "${complaints.mail.delivery.resend-interval:PT30S}",
            fixedDelayString = "${complaints.mail.delivery.resend-interval:PT30S}")
    public void resendWaiting() {
        Instant now = clock.instant();
        int sent = 0;
        for (int i = 0; i < delivery.resendBatch(); i++) {
            Optional<WaitingNotification> waiting = notifications.claimWaiting(now, now.minus(delivery.stalePendingAfter()));
            if (waiting.isEmpty()) {
                break;
            }
            if (!notifier.deliver(waiting.get(), 1)) {
                break;
            }
            metrics.counter("complaints.mails.resent", "type", waiting.get().type().name()).increment();
            sent++;
        }
        if (sent > 0) {
            log.info("Sent {} waiting mail(s)", sent);
        }
    }
}
