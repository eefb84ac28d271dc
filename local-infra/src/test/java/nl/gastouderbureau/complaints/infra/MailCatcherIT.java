package nl.gastouderbureau.complaints.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import nl.gastouderbureau.complaints.infra.MailCatcher.Mail;
import nl.gastouderbureau.complaints.infra.MailCatcher.Mailbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailCatcherIT {

    @Test
    void aSentMailIsHeldInMemoryAndStoredAsEml(@TempDir Path store) throws Exception {
        try (MailCatcher catcher = MailCatcher.start(0, store)) {
            send(catcher, "ouder@example.org", "Uw klacht KL-2026-0042", "Wij hebben uw klacht ontvangen.");

            Mail mail = catcher.awaitMessages(1, Duration.ofSeconds(5)).get(0);
            assertThat(mail.from()).isEqualTo("klachten@gastouderbureau.nl");
            assertThat(mail.to()).containsExactly("ouder@example.org");
            assertThat(mail.subject()).isEqualTo("Uw klacht KL-2026-0042");
            assertThat(mail.text()).contains("Wij hebben uw klacht ontvangen.");
            assertThat(mail.html()).contains("<p>Wij hebben uw klacht ontvangen.</p>");

            List<Path> files = MailCatcher.storedFiles(store);
            assertThat(files).hasSize(1);
            assertThat(MailCatcher.read(files.get(0))).isEqualTo(mail);
        }
    }

    @Test
    void aMailToTwoRecipientsIsReceivedOnce() throws Exception {
        try (MailCatcher catcher = MailCatcher.start(0, null)) {
            send(catcher, "ouder@example.org, gastouder@example.org", "Besluit", "Gegrond.");

            assertThat(catcher.awaitMessages(1, Duration.ofSeconds(5)).get(0).to())
                    .containsExactly("ouder@example.org", "gastouder@example.org");
            assertThat(catcher.messages()).hasSize(1);
        }
    }

    @Test
    void whileStoppedMailIsRefusedAndAfterARestartOnTheSamePortAccepted() throws Exception {
        try (MailCatcher catcher = MailCatcher.start(0, null)) {
            catcher.stop();
            assertThatThrownBy(() -> send(catcher, "ouder@example.org", "Herinnering", "Nog open."))
                    .isInstanceOf(MessagingException.class);

            catcher.start();
            send(catcher, "ouder@example.org", "Herinnering", "Nog open.");

            assertThat(catcher.awaitMessages(mail -> mail.subject().equals("Herinnering"), 1, Duration.ofSeconds(5))).hasSize(1);
        }
    }

    @Test
    void mailToTheMailboxLandsInItsInboxOverImapAndOnlyMailToOthersIsStoredAsEml(@TempDir Path store) throws Exception {
        try (MailCatcher catcher = MailCatcher.start(0, 0, new Mailbox("Feedback@Gastouderbureau.example", "geheim"), store)) {
            send(catcher, "feedback@gastouderbureau.example", "Een idee", "Meer uitjes.");
            send(catcher, "feedback@gastouderbureau.example, ouder@example.org", "Aan beide", "Tekst.");

            assertThat(catcher.awaitMessages(1, Duration.ofSeconds(5))).extracting(Mail::subject).containsExactly("Aan beide");
            assertThat(MailCatcher.storedFiles(store)).hasSize(1);
            assertThat(inboxSubjects(catcher, "geheim")).containsExactlyInAnyOrder("Een idee", "Aan beide");
        }
    }

    @Test
    void theMailboxRefusesAWrongPassword() {
        try (MailCatcher catcher = MailCatcher.start(0, null)) {
            assertThat(catcher.imapPort()).isNotEqualTo(catcher.port());
            assertThatThrownBy(() -> inboxSubjects(catcher, "wrong")).isInstanceOf(AuthenticationFailedException.class);
        }
    }

    private static List<String> inboxSubjects(MailCatcher catcher, String password) throws Exception {
        Properties settings = new Properties();
        settings.put("mail.imap.host", catcher.host());
        settings.put("mail.imap.port", String.valueOf(catcher.imapPort()));
        Store imap = Session.getInstance(settings).getStore("imap");
        imap.connect(catcher.mailbox().address(), password);
        try {
            Folder inbox = imap.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<String> subjects = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                subjects.add(message.getSubject());
            }
            inbox.close(false);
            return subjects;
        } finally {
            imap.close();
        }
    }

    private static void send(MailCatcher catcher, String to, String subject, String text) throws MessagingException {
        Properties settings = new Properties();
        settings.put("mail.smtp.host", catcher.host());
        settings.put("mail.smtp.port", String.valueOf(catcher.port()));
        settings.put("mail.smtp.connectiontimeout", "2000");
        MimeMessage message = new MimeMessage(Session.getInstance(settings));
        message.setFrom(new InternetAddress("klachten@gastouderbureau.nl"));
        message.setRecipients(RecipientType.TO, InternetAddress.parse(to));
        message.setSubject(subject, "UTF-8");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p>" + text + "</p>", "text/html; charset=UTF-8");
        message.setContent(new MimeMultipart("alternative", plain, html));
        Transport.send(message);
    }
}
