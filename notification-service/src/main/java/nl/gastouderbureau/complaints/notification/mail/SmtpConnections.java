package nl.gastouderbureau.complaints.notification.mail;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.time.Duration;
import java.util.Date;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One SMTP connection per sending thread, kept open from one mail to the next, to the server and
 * with the session that Spring's mail settings describe. {@link JavaMailSenderImpl} opens and
 * closes a connection for every mail: a TCP handshake, the greeting, EHLO and QUIT each time, which
 * a profile under load showed as most of the time a mail took to send.
 *
 * <p>Before a kept connection carries a mail it is asked whether it is still there (a NOOP, one
 * round trip instead of the four of a new connection); one the server has closed in the meantime
 * is replaced before any of the mail has gone out. A failure while the mail is being sent is the
 * caller's to retry, as it was with a connection per mail, so a mail the server may already hold
 * is never sent again from here. A connection idle for {@link #MAX_IDLE} is closed by us before
 * the server gives up on it.
 */
final class SmtpConnections implements AutoCloseable {

    /** Servers may drop an idle client after five minutes (RFC 5321, 4.5.3.2.7); we leave well before. */
    static final Duration MAX_IDLE = Duration.ofSeconds(30);

    private record Kept(Transport transport, long lastUsedNanos) {

        boolean idleLongerThan(Duration idle, long nowNanos) {
            return nowNanos - lastUsedNanos > idle.toNanos();
        }
    }

    private final JavaMailSenderImpl server;
    private final ThreadLocal<Kept> kept = new ThreadLocal<>();
    private final Set<Transport> open = ConcurrentHashMap.newKeySet();

    SmtpConnections(JavaMailSenderImpl server) {
        this.server = server;
    }

    void send(MimeMessage message) {
        Address[] recipients = prepare(message);
        Transport transport = null;
        try {
            transport = keptTransport();
            if (transport == null) {
                transport = connect();
            }
            transport.sendMessage(message, recipients);
            kept.set(new Kept(transport, System.nanoTime()));
        } catch (AuthenticationFailedException e) {
            close(transport);
            throw new MailAuthenticationException(e);
        } catch (MessagingException | RuntimeException e) {
            close(transport);
            throw new MailSendException("The SMTP server did not take the mail", e);
        }
    }

    /** Closes every kept connection, whichever thread kept it. */
    @Override
    public void close() {
        open.forEach(this::close);
        kept.remove();
    }

    /** What {@link JavaMailSenderImpl} does before it sends: a date, and headers made final. */
    private static Address[] prepare(MimeMessage message) {
        try {
            if (message.getSentDate() == null) {
                message.setSentDate(new Date());
            }
            message.saveChanges();
            Address[] recipients = message.getAllRecipients();
            return recipients == null ? new Address[0] : recipients;
        } catch (MessagingException e) {
            throw new MailPreparationException("Cannot prepare the mail for sending", e);
        }
    }

    /** This thread's connection if it is still open at both ends, else null. */
    private Transport keptTransport() {
        Kept connection = kept.get();
        if (connection == null) {
            return null;
        }
        Transport transport = connection.transport();
        // isConnected() sends a NOOP and closes the connection itself when there is no answer.
        if (connection.idleLongerThan(MAX_IDLE, System.nanoTime()) || !open.contains(transport) || !transport.isConnected()) {
            close(transport);
            return null;
        }
        return transport;
    }

    /** As {@link JavaMailSenderImpl} connects: its protocol, host, port and credentials, its session. */
    private Transport connect() throws MessagingException {
        String protocol = server.getProtocol() != null ? server.getProtocol()
                : server.getSession().getProperty("mail.transport.protocol");
        Transport transport = server.getSession().getTransport(protocol != null ? protocol : JavaMailSenderImpl.DEFAULT_PROTOCOL);
        String username = server.getUsername();
        String password = server.getPassword();
        if ("".equals(username)) {
            username = null;
            password = "".equals(password) ? null : password;
        }
        transport.connect(server.getHost(), server.getPort(), username, password);
        open.add(transport);
        return transport;
    }

    private void close(Transport transport) {
        if (transport == null) {
            return;
        }
        open.remove(transport);
        kept.remove();
        try {
            transport.close();
        } catch (MessagingException ignored) {
            // The connection is gone either way; the next mail opens a new one.
        }
    }
}
