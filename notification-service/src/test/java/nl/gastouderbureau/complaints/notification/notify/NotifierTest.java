package nl.gastouderbureau.complaints.notification.notify;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.gastouderbureau.complaints.notification.log.NotificationEntry;
import nl.gastouderbureau.complaints.notification.log.NotificationLog;
import nl.gastouderbureau.complaints.notification.log.NotificationStatus;
import nl.gastouderbureau.complaints.notification.log.NotificationType;
import nl.gastouderbureau.complaints.notification.log.WaitingNotification;
import nl.gastouderbureau.complaints.notification.mail.RenderedMail;
import nl.gastouderbureau.complaints.notification.mail.SmtpMailer;
import nl.gastouderbureau.complaints.testsupport.MemoryMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class NotifierTest {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private static final RenderedMail CONTENT = new RenderedMail("[KL-1] s", "text", "<p>html</p>", "nl");

    @RegisterExtension
    static final MemoryMongo mongo = new MemoryMongo();
    private final SmtpMailer mailer = mock(SmtpMailer.class);
    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final AtomicReference<Instant> now = new AtomicReference<>(T0);
    private NotificationLog log;
    private Notifier notifier;
    private Resender resender;

    @BeforeEach
    void setUp() {
        mongo.database("notifications").drop();
        log = new NotificationLog(mongo.database("notifications"));
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.of("UTC");
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        DeliverySettings delivery = new DeliverySettings(3, Duration.ZERO, null, Duration.ofMinutes(5), 100);
        notifier = new Notifier(log, mailer, clock, metrics, delivery);
        resender = new Resender(log, notifier, clock, delivery, metrics);
    }

    @Test
    void aShortHiccupIsOvercomeWhileTheEventIsHandled() {
        doThrow(new MailSendException("down")).doThrow(new MailSendException("down")).doNothing()
                .when(mailer).send(any(), any());

        notifier.notifyOnce(mail("e-1", "a@example.nl"));

        verify(mailer, times(3)).send(any(), any());
        NotificationEntry entry = log.forCase("case-1").get(0);
        assertThat(entry.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(entry.attempts()).isEqualTo(3);
    }

    @Test
    void aBatchSendsOnlyWhatWasNotClaimedBeforeAndLogsEachOutcome() {
        notifier.notifyOnce(mail("e-1", "a@example.nl"));
        reset(mailer);
        doThrow(new MailPreparationException("bad address")).when(mailer).send(eq("not an address"), any());

        notifier.notifyOnce(List.of(mail("e-1", "a@example.nl"), mail("e-2", "b@example.nl"),
                mail("e-3", "not an address"), mail("e-4", "c@example.nl")));

        verify(mailer, never()).send(eq("a@example.nl"), any());
        verify(mailer).send(eq("b@example.nl"), any());
        verify(mailer).send(eq("c@example.nl"), any());
        assertThat(log.forCase("case-1")).extracting(NotificationEntry::id, NotificationEntry::status).containsExactlyInAnyOrder(
                tuple("e-1:REMINDER", NotificationStatus.SENT), tuple("e-2:REMINDER", NotificationStatus.SENT),
                tuple("e-3:REMINDER", NotificationStatus.FAILED), tuple("e-4:REMINDER", NotificationStatus.SENT));
        assertThat(metrics.counter("complaints.mails.sent", "type", "REMINDER").count()).isEqualTo(3);
    }

    @Test
    void aBatchLargerThanAChunkIsSentWhole() {
        List<OutgoingMail> mails = IntStream.range(0, Notifier.CHUNK * 2 + 1)
                .mapToObj(i -> mail("e-" + i, "a" + i + "@example.nl")).toList();

        notifier.notifyOnce(mails);

        verify(mailer, times(mails.size())).send(any(), any());
        assertThat(log.forCase("case-1")).hasSize(mails.size())
                .allSatisfy(entry -> assertThat(entry.status()).isEqualTo(NotificationStatus.SENT));
    }

    @Test
    void aMailThatCannotBeBuiltIsNotTriedAgain() {
        doThrow(new MailPreparationException("bad address")).when(mailer).send(any(), any());

        notifier.notifyOnce(mail("e-1", "not an address"));
        now.set(T0.plusSeconds(60));
        resender.resendWaiting();

        verify(mailer, times(1)).send(any(), any());
        assertThat(log.forCase("case-1").get(0).status()).isEqualTo(NotificationStatus.FAILED);
    }

    @Test
    void waitingMailGoesOutOnceWhenTheServerIsBack() {
        doThrow(new MailSendException("down")).when(mailer).send(any(), any());
        notifier.notifyOnce(mail("e-1", "a@example.nl"));
        notifier.notifyOnce(mail("e-2", "b@example.nl"));

        now.set(T0.plusSeconds(30));
        resender.resendWaiting();
        reset(mailer);
        doNothing().when(mailer).send(any(), any());
        now.set(T0.plusSeconds(60));
        resender.resendWaiting();
        now.set(T0.plusSeconds(90));
        resender.resendWaiting();

        verify(mailer, times(1)).send(eq("a@example.nl"), eq(CONTENT));
        verify(mailer, times(1)).send(eq("b@example.nl"), eq(CONTENT));
        assertThat(log.forCase("case-1")).extracting(NotificationEntry::status)
                .containsOnly(NotificationStatus.SENT);
        assertThat(metrics.counter("complaints.mails.resent", "type", "REMINDER").count()).isEqualTo(2);
    }

    @Test
    void aRunStopsAtTheFirstMailTheServerDoesNotTake() {
        doThrow(new MailSendException("down")).when(mailer).send(any(), any());
        notifier.notifyOnce(mail("e-1", "a@example.nl"));
        notifier.notifyOnce(mail("e-2", "b@example.nl"));
        reset(mailer);
        doThrow(new MailSendException("down")).when(mailer).send(any(), any());

        now.set(T0.plusSeconds(30));
        resender.resendWaiting();

        verify(mailer, times(1)).send(any(), any());
    }

    @Test
    void aMailLeftPendingByACrashIsSentOnceItIsStale() {
        log.claim(List.of(new NotificationLog.Claim("case-1",
                new WaitingNotification("e-1:REMINDER", NotificationType.REMINDER, "a@example.nl", CONTENT))), T0);

        now.set(T0.plusSeconds(60));
        resender.resendWaiting();
        verify(mailer, never()).send(any(), any());

        now.set(T0.plusSeconds(301));
        resender.resendWaiting();
        resender.resendWaiting();
        verify(mailer, times(1)).send("a@example.nl", CONTENT);
        assertThat(log.forCase("case-1").get(0).status()).isEqualTo(NotificationStatus.SENT);
    }

    private static OutgoingMail mail(String eventId, String recipient) {
        return new OutgoingMail(eventId, "case-1", NotificationType.REMINDER, recipient, CONTENT);
    }
}
