package nl.gastouderbureau.complaints.notification.mail;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

/**
 * Sends a rendered mail over SMTP as one message with a plain-text and an HTML alternative. Every
 * message says it was sent automatically (RFC 3834 {@code Auto-Submitted}), so the agency's own
 * mailbox, which turns incoming mail into submissions and replies, recognises it should it come back
 * (a bounce, an auto-reply, a colleague forwarding it) and never answers it in a loop.
 *
 * <p>Each sending thread keeps its connection to the server open between mails ({@link SmtpConnections}).
 */
@Component
public class SmtpMailer {

    public static final String AUTO_SUBMITTED = "Auto-Submitted";
    public static final String AUTO_GENERATED = "auto-generated";

    private final JavaMailSenderImpl sender;
    private final MailSettings settings;
    private final SmtpConnections connections;

    /** @param sender Spring's mail settings: the server, the credentials and the session to send with */
    public SmtpMailer(JavaMailSenderImpl sender, MailSettings settings) {
        this.sender = sender;
        this.settings = settings;
        this.connections = new SmtpConnections(sender);
    }

    /**
     * @param recipients one address, or several separated by commas (one message to all of them)
     * @throws MailPreparationException when the message cannot be built (e.g. a malformed address):
     *                                  sending it again would not help
     * @throws MailException            when the SMTP server could not be reached or refused the message
     */
    public void send(String recipients, RenderedMail mail) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.from(), settings.senderName());
            helper.setTo(InternetAddress.parse(recipients, true));
            helper.setSubject(mail.subject());
            helper.setText(mail.plainText(), mail.html());
            message.setHeader("Content-Language", mail.languageTag());
            message.setHeader(AUTO_SUBMITTED, AUTO_GENERATED);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("Cannot build the mail", e);
        }
        connections.send(message);
    }

    @PreDestroy
    void close() {
        connections.close();
    }
}
