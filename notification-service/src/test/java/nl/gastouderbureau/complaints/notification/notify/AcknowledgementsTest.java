package nl.gastouderbureau.complaints.notification.notify;

import nl.gastouderbureau.complaints.testsupport.MemoryMongo;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.ComplaintFiled;
import nl.gastouderbureau.complaints.events.Contact;
import nl.gastouderbureau.complaints.events.FeedbackCaseOpened;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.support.mail.ClientAddresses;
import nl.gastouderbureau.complaints.notification.log.NotificationEntry;
import nl.gastouderbureau.complaints.notification.log.NotificationLog;
import nl.gastouderbureau.complaints.notification.log.NotificationStatus;
import nl.gastouderbureau.complaints.notification.log.NotificationType;
import nl.gastouderbureau.complaints.notification.mail.AcknowledgementTemplate;
import nl.gastouderbureau.complaints.notification.mail.MailSettings;
import nl.gastouderbureau.complaints.notification.mail.RenderedMail;
import nl.gastouderbureau.complaints.notification.mail.SmtpMailer;
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
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class AcknowledgementsTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:05Z");

    @RegisterExtension
    static final MemoryMongo mongo = new MemoryMongo();
    private final SmtpMailer mailer = mock(SmtpMailer.class);
    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private NotificationLog log;
    private Acknowledgements acknowledgements;
    private Notifier notifier;

    @BeforeEach
    void setUp() {
        mongo.database("notifications").drop();
        log = new NotificationLog(mongo.database("notifications"));
        notifier = new Notifier(log, mailer, Clock.fixed(NOW, ZoneOffset.UTC), metrics,
                new DeliverySettings(3, Duration.ZERO, null, null, null));
        acknowledgements = new Acknowledgements(new AcknowledgementTemplate(MailSettings.defaults()),
                ClientAddresses.defaults());
    }

    private void acknowledge(String eventId, FeedbackCaseOpened event) {
        acknowledgements.of(eventId, event).ifPresent(notifier::notifyOnce);
    }

    private void acknowledge(String eventId, ComplaintFiled event) {
        acknowledgements.of(eventId, event).ifPresent(notifier::notifyOnce);
    }

    @Test
    void acknowledgesFeedbackOncePerEventAndLogsItAsSent() {
        acknowledge("event-1", feedback(new Contact("Jan", " jan@example.nl ", null)));
        acknowledge("event-1", feedback(new Contact("Jan", "jan@example.nl", null)));

        verify(mailer, times(1)).send(eq("jan@example.nl"), any(RenderedMail.class));
        NotificationEntry entry = log.forCase("case-1").get(0);
        assertThat(entry.type()).isEqualTo(NotificationType.ACKNOWLEDGEMENT);
        assertThat(entry.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(entry.sentAt()).isEqualTo(NOW);
        assertThat(metrics.counter("complaints.mails.sent", "type", "ACKNOWLEDGEMENT").count()).isEqualTo(1);
    }

    @Test
    void anotherEventOfTheSameCaseIsAnotherNotification() {
        acknowledge("event-1", feedback(new Contact(null, "jan@example.nl", null)));
        acknowledge("event-2", feedback(new Contact(null, "jan@example.nl", null)));

        verify(mailer, times(2)).send(eq("jan@example.nl"), any(RenderedMail.class));
    }

    @Test
    void anonymousFeedbackGetsNoMail() {
        acknowledge("event-1", feedback(null));
        acknowledge("event-2", feedback(new Contact("Jan", null, "0612345678")));
        acknowledge("event-3", feedback(new Contact("Jan", "  ", null)));

        verify(mailer, never()).send(any(), any());
        assertThat(log.forCase("case-1")).isEmpty();
    }

    @Test
    void aMailTheServerRefusesIsTriedAFewTimesThenLoggedAsFailedAndNotSentAgainByTheSameEvent() {
        doThrow(new MailSendException("Mail server connection failed")).when(mailer).send(any(), any());

        acknowledge("event-1", feedback(new Contact(null, "jan@example.nl", null)));
        acknowledge("event-1", feedback(new Contact(null, "jan@example.nl", null)));

        verify(mailer, times(3)).send(any(), any());
        NotificationEntry entry = log.forCase("case-1").get(0);
        assertThat(entry.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(entry.attempts()).isEqualTo(3);
        assertThat(entry.error()).contains("Mail server connection failed");
        assertThat(metrics.counter("complaints.mails.failed", "type", "ACKNOWLEDGEMENT").count()).isEqualTo(1);
        assertThat(metrics.counter("complaints.mails.sent", "type", "ACKNOWLEDGEMENT").count()).isZero();
    }

    @Test
    void acknowledgesAFormalComplaintToTheClientsAddress() {
        acknowledge("event-1", new ComplaintFiled("case-1", "KL-2026-0042", "client", "Ophalen",
                "Te laat", "Els", null, null, null, Language.NL, new Contact("Piet", "piet@example.nl", null), null,
                Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-12-08T10:00:00Z"),
                Instant.parse("2027-01-05T10:00:00Z")));

        verify(mailer).send(eq("piet@example.nl"), any(RenderedMail.class));
        assertThat(log.forCase("case-1")).extracting(NotificationEntry::type).containsExactly(NotificationType.ACKNOWLEDGEMENT);
    }

    @Test
    void acknowledgesAFormalComplaintFiledWithoutAnEmailToTheClientsAccountAddress() {
        acknowledge("event-1", new ComplaintFiled("case-1", "KL-2026-0042", "client", "Ophalen",
                "Te laat", "Els", null, null, null, Language.NL, null, null,
                Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-12-08T10:00:00Z"),
                Instant.parse("2027-01-05T10:00:00Z")));

        verify(mailer).send(eq("client@clients.gastouderbureau.example"), any(RenderedMail.class));
    }

    private static FeedbackCaseOpened feedback(Contact contact) {
        return new FeedbackCaseOpened("case-1", "FB-2026-0117", SubmissionKind.TIP, Channel.WEB_FORM,
                SubmitterRole.PARENT, null, Language.NL, "Tip", contact, false,
                Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-12-08T10:00:00Z"));
    }
}
