package nl.gastouderbureau.complaints.notification.notify;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.ComplaintFiled;
import nl.gastouderbureau.complaints.events.Contact;
import nl.gastouderbureau.complaints.events.FeedbackCaseOpened;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.PersonalContactOverdue;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterMessageAdded;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.notification.cases.CaseRecords;
import nl.gastouderbureau.complaints.notification.cases.CaseRecords.Opening;
import nl.gastouderbureau.complaints.support.mail.ClientAddresses;
import nl.gastouderbureau.complaints.notification.log.NotificationEntry;
import nl.gastouderbureau.complaints.notification.log.NotificationLog;
import nl.gastouderbureau.complaints.notification.log.NotificationStatus;
import nl.gastouderbureau.complaints.notification.log.NotificationType;
import nl.gastouderbureau.complaints.notification.mail.EscalationTemplate;
import nl.gastouderbureau.complaints.notification.mail.MailSettings;
import nl.gastouderbureau.complaints.notification.mail.RenderedMail;
import nl.gastouderbureau.complaints.notification.mail.ReminderTemplate;
import nl.gastouderbureau.complaints.notification.mail.SmtpMailer;
import nl.gastouderbureau.complaints.notification.mail.SubmitterMessageTemplate;
import nl.gastouderbureau.complaints.testsupport.MemoryMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/** F6 and F7 for staff: an overdue contact task is escalated, and a submitter's message reaches whoever handles the case. */
class StaffAlertsTest {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private static final String SECRET = "Mijn buurvrouw mevrouw De Vries weet er meer van";

    @RegisterExtension
    static final MemoryMongo mongo = new MemoryMongo();
    private final SmtpMailer mailer = mock(SmtpMailer.class);
    private NotificationLog log;
    private CaseRecords cases;
    private StaffAlerts alerts;

    @BeforeEach
    void setUp() {
        mongo.database("notifications").drop();
        log = new NotificationLog(mongo.database("notifications"));
        cases = new CaseRecords(mongo.database("notifications"), ClientAddresses.defaults());
        Notifier notifier = new Notifier(log, mailer, Clock.fixed(T0, ZoneOffset.UTC), new SimpleMeterRegistry(),
                new DeliverySettings(1, Duration.ZERO, null, null, null));
        MailSettings settings = MailSettings.defaults();
        alerts = new StaffAlerts(cases, StaffAddresses.defaults(), notifier, new ReminderTemplate(settings),
                new EscalationTemplate(settings), new SubmitterMessageTemplate(settings));
    }

    @Test
    void aSubmittersMessageGoesToTheHandlerWithoutWhatTheyWrote() {
        remember(Opening.of(complaint()));
        cases.handlerAssigned("case-1", "Henk.Jansen");

        alerts.submitterMessageAdded("event-1", message());

        Sent sent = sentOnce();
        assertThat(sent.recipient()).isEqualTo("henk.jansen@gastouderbureau.example");
        assertThat(sent.mail().subject()).isEqualTo("[KL-2026-0042] Nieuw bericht van de indiener");
        assertThat(sent.mail().plainText()).contains("1 bijlage(n)").doesNotContain(SECRET).doesNotContain("Re: hek");
        assertThat(log.forCase("case-1")).singleElement().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo(NotificationType.SUBMITTER_MESSAGE);
            assertThat(entry.status()).isEqualTo(NotificationStatus.SENT);
        });
    }

    @Test
    void aMessageOnACaseWithoutHandlerGoesToTheStaffMailbox() {
        remember(Opening.of(new FeedbackCaseOpened("case-1", "FB-2026-0007", SubmissionKind.REMARK, Channel.EMAIL,
                SubmitterRole.NEIGHBOUR, null, Language.EN, "Het hek", new Contact("Els", "els@example.nl", null), true, T0, T0)));

        alerts.submitterMessageAdded("event-1", message());

        Sent sent = sentOnce();
        assertThat(sent.recipient()).isEqualTo("klachten@gastouderbureau.example");
        // Staff mail is in the staff's language, not the submitter's.
        assertThat(sent.mail().subject()).isEqualTo("[FB-2026-0007] Nieuw bericht van de indiener");
    }

    @Test
    void aRedeliveredMessageIsNotedOnce() {
        remember(Opening.of(complaint()));

        alerts.submitterMessageAdded("event-1", message());
        alerts.submitterMessageAdded("event-1", message());

        sentOnce();
        assertThat(log.forCase("case-1")).extracting(NotificationEntry::type).containsExactly(NotificationType.SUBMITTER_MESSAGE);
    }

    @Test
    void anOverdueContactTaskIsEscalatedToManagement() {
        remember(Opening.of(complaint()));

        alerts.personalContactOverdue("event-2", new PersonalContactOverdue("case-1", T0.plus(Duration.ofDays(2)),
                T0.plus(Duration.ofDays(2))));

        Sent sent = sentOnce();
        assertThat(sent.recipient()).isEqualTo("management@gastouderbureau.example");
        assertThat(sent.mail().subject()).isEqualTo("[KL-2026-0042] Escalatie: persoonlijk contact niet op tijd gelegd");
        assertThat(sent.mail().plainText()).contains("donderdag 26 november 2026");
        assertThat(log.forCase("case-1")).extracting(NotificationEntry::type).containsExactly(NotificationType.ESCALATION);
    }

    private record Sent(String recipient, RenderedMail mail) {
    }

    private Sent sentOnce() {
        ArgumentCaptor<String> recipient = ArgumentCaptor.forClass(String.class);
        ArgumentCaptor<RenderedMail> mail = ArgumentCaptor.forClass(RenderedMail.class);
        verify(mailer).send(recipient.capture(), mail.capture());
        return new Sent(recipient.getValue(), mail.getValue());
    }

    private static ComplaintFiled complaint() {
        return new ComplaintFiled("case-1", "KL-2026-0042", "client", "Ophalen", "Te laat", "Els",
                LocalDate.parse("2026-11-20"), "Excuses", null, Language.NL, null, null, T0, T0, T0);
    }

    private static SubmitterMessageAdded message() {
        return new SubmitterMessageAdded("case-1", "reply-1", Channel.EMAIL, "Re: hek", SECRET, 1, T0.plusSeconds(3600));
    }

    private void remember(Opening opening) {
        cases.opened(List.of(opening));
    }
}
