package nl.gastouderbureau.complaints.notification.mail;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The message as it would go over the wire, kept here instead of sent. */
class SmtpMailerTest {

    private final List<MimeMessage> sent = new ArrayList<>();
    private final SmtpMailer mailer = new SmtpMailer(new JavaMailSenderImpl() {
        @Override
        protected void doSend(MimeMessage[] messages, Object[] originals) {
            sent.addAll(List.of(messages));
        }
    }, MailSettings.defaults());

    @Test
    void everyMailSaysItWasSentAutomaticallySoTheMailboxNeverAnswersIt() throws Exception {
        mailer.send("a@example.nl, b@example.nl", RenderedMail.of("[FB-1] Onderwerp", new MailBody().paragraph("Tekst"), "nl"));

        MimeMessage message = sent.get(0);
        assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(message.getHeader("Content-Language")).containsExactly("nl");
        assertThat(message.getAllRecipients()).hasSize(2);
        assertThat(message.getSubject()).isEqualTo("[FB-1] Onderwerp");
        assertThat(message.getFrom()[0].toString()).contains("feedback@gastouderbureau.example");
    }

    @Test
    void aMalformedAddressIsAMailThatCannotBeBuilt() {
        assertThatThrownBy(() -> mailer.send("not an address@@", RenderedMail.of("s", new MailBody().paragraph("t"), "nl")))
                .isInstanceOf(MailPreparationException.class);
        assertThat(sent).isEmpty();
    }
}
