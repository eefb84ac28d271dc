package nl.gastouderbureau.complaints.notification.notify;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How hard a mail is pushed before it waits, and how waiting mail is sent again.
 *
 * @param attempts          tries per event while the consumer waits, so a short SMTP hiccup costs no
 *                          delay; kept small, as the partition waits too
 * @param backoff           the pause after the first failed try, doubled after each next one
 * @param resendInterval    how often the resend job looks for waiting mail
 * @param stalePendingAfter when a PENDING mail counts as abandoned (a crash between claim and send);
 *                          longer than the tries of one event can take, or the job would send a mail
 *                          the consumer is still sending
 * @param resendBatch       the most mails one run of the job sends
 */
@ConfigurationProperties("complaints.mail.delivery")
public record DeliverySettings(Integer attempts, Duration backoff, Duration resendInterval,
                               Duration stalePendingAfter, Integer resendBatch) {

    public DeliverySettings {
        attempts = attempts == null || attempts < 1 ? 3 : attempts;
        backoff = backoff == null ? Duration.ofMillis(500) : backoff;
        resendInterval = resendInterval == null ? Duration.ofSeconds(30) : resendInterval;
        stalePendingAfter = stalePendingAfter == null ? Duration.ofMinutes(5) : stalePendingAfter;
        resendBatch = resendBatch == null || resendBatch < 1 ? 100 : resendBatch;
    }

    public static DeliverySettings defaults() {
        return new DeliverySettings(null, null, null, null, null);
    }
}
