package nl.gastouderbureau.complaints.notification.notify;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.gastouderbureau.complaints.notification.log.NotificationLog;
import nl.gastouderbureau.complaints.notification.log.NotificationType;
import nl.gastouderbureau.complaints.notification.mail.RenderedMail;
import nl.gastouderbureau.complaints.notification.mail.SmtpMailer;
import nl.gastouderbureau.complaints.testsupport.MemoryMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.MailSendException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

/** {@code complaints.mails.sent} and {@code complaints.mails.failed} move with what the SMTP server took. */
class MailMetricsTest {

    private static final RenderedMail CONTENT = new RenderedMail("[FB-1] s", "text", "<p>html</p>", "nl");

    @RegisterExtension
    static final MemoryMongo mongo = new MemoryMongo();
    private final SmtpMailer mailer = mock(SmtpMailer.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private Notifier notifier;

    @BeforeEach
    void setUp() {
        mongo.database("notifications").drop();
        DeliverySettings delivery = new DeliverySettings(2, Duration.ZERO, null, Duration.ofMinutes(5), 100);
        notifier = new Notifier(new NotificationLog(mongo.database("notifications")), mailer,
                Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC), meters, delivery);
    }

    @Test
    void sentAndFailedMailsAreCountedByType() {
        doThrow(new MailSendException("refused")).when(mailer).send(eq("refused@example.nl"), any());

        notifier.notifyOnce(new OutgoingMail("e-1", "case-1", NotificationType.ACKNOWLEDGEMENT, "a@example.nl", CONTENT));
        notifier.notifyOnce(new OutgoingMail("e-2", "case-2", NotificationType.ACKNOWLEDGEMENT, "b@example.nl", CONTENT));
        notifier.notifyOnce(new OutgoingMail("e-3", "case-3", NotificationType.ESCALATION, "refused@example.nl", CONTENT));
        notifier.notifyOnce(new OutgoingMail("e-1", "case-1", NotificationType.ACKNOWLEDGEMENT, "a@example.nl", CONTENT));

        assertThat(meters.get("complaints.mails.sent").tags("type", "ACKNOWLEDGEMENT").counter().count()).isEqualTo(2);
        assertThat(meters.get("complaints.mails.failed").tags("type", "ESCALATION").counter().count()).isEqualTo(1);
        assertThat(meters.find("complaints.mails.sent").tags("type", "ESCALATION").counter()).isNull();
    }
}
