package nl.gastouderbureau.complaints.notification.mail;

import nl.gastouderbureau.complaints.infra.MailCatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Mail as it arrives at a real SMTP server on a free port. */
class SmtpMailerTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final MailCatcher server = MailCatcher.start(0, null);
    private final SmtpMailer mailer = new SmtpMailer(senderTo(server.port()), MailSettings.defaults());

    @AfterEach
    void stop() {
        mailer.close();
        server.close();
    }

    @Test
    void everyMailSaysItWasSentAutomaticallySoTheMailboxNeverAnswersIt() {
        mailer.send("a@example.nl, b@example.nl", mail("[FB-1] Onderwerp"));

        MailCatcher.Mail received = server.awaitMessages(1, WAIT).get(0);
        assertThat(received.mime()).contains("Auto-Submitted: auto-generated").contains("Content-Language: nl");
        assertThat(received.to()).containsExactlyInAnyOrder("a@example.nl", "b@example.nl");
        assertThat(received.subject()).isEqualTo("[FB-1] Onderwerp");
        assertThat(received.from()).isEqualTo("feedback@gastouderbureau.example");
    }

    @Test
    void mailAfterMailGoesOverOneKeptConnectionAndEachArrivesOnce() throws Exception {
        try (ConnectionCounter counter = new ConnectionCounter(server.port())) {
            SmtpMailer throughCounter = new SmtpMailer(senderTo(counter.port()), MailSettings.defaults());
            try {
                for (int i = 1; i <= 20; i++) {
                    throughCounter.send("ouder" + i + "@example.nl", mail("[FB-" + i + "] Ontvangen"));
                }
            } finally {
                throughCounter.close();
            }

            List<MailCatcher.Mail> received = server.awaitMessages(20, WAIT);
            assertThat(received).extracting(MailCatcher.Mail::subject).doesNotHaveDuplicates().hasSize(20);
            assertThat(counter.connections()).isEqualTo(1);
        }
    }

    @Test
    void aConnectionTheServerDroppedIsReplacedAndTheMailStillGoesOut() {
        mailer.send("a@example.nl", mail("[FB-1] Voor"));
        server.awaitMessages(1, WAIT);

        server.stop();
        server.start();
        mailer.send("a@example.nl", mail("[FB-2] Na"));

        assertThat(server.awaitMessages(m -> m.subject().equals("[FB-2] Na"), 1, WAIT)).hasSize(1);
    }

    @Test
    void aServerThatIsDownIsAFailedSendThatMayBeTriedAgain() {
        mailer.send("a@example.nl", mail("[FB-1] Voor"));
        server.stop();

        assertThatThrownBy(() -> mailer.send("a@example.nl", mail("[FB-2] Tijdens")))
                .isInstanceOf(MailSendException.class);

        server.start();
        mailer.send("a@example.nl", mail("[FB-3] Na"));
        assertThat(server.awaitMessages(m -> m.subject().equals("[FB-3] Na"), 1, WAIT)).hasSize(1);
    }

    @Test
    void aMalformedAddressIsAMailThatCannotBeBuilt() {
        assertThatThrownBy(() -> mailer.send("not an address@@", mail("s")))
                .isInstanceOf(MailPreparationException.class);
        mailer.send("a@example.nl", mail("[FB-2] Daarna"));
        assertThat(server.awaitMessages(1, WAIT)).extracting(MailCatcher.Mail::subject).containsExactly("[FB-2] Daarna");
    }

    /** Passes connections on to the server, counting them. */
    private static final class ConnectionCounter implements AutoCloseable {

        private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final AtomicInteger connections = new AtomicInteger();

        ConnectionCounter(int serverPort) throws IOException {
            Thread acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        Socket client = socket.accept();
                        connections.incrementAndGet();
                        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), serverPort);
                        pipe(client, upstream);
                        pipe(upstream, client);
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        int connections() {
            return connections.get();
        }

        private static void pipe(Socket from, Socket to) {
            Thread copier = new Thread(() -> {
                try (from; to) {
                    from.getInputStream().transferTo(to.getOutputStream());
                } catch (IOException ignored) {
                    // One side closed: so does the other.
                }
            });
            copier.setDaemon(true);
            copier.start();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private static RenderedMail mail(String subject) {
        return RenderedMail.of(subject, new MailBody().paragraph("Tekst"), "nl");
    }

    private static JavaMailSenderImpl senderTo(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        Properties timeouts = new Properties();
        timeouts.setProperty("mail.smtp.connectiontimeout", "10000");
        timeouts.setProperty("mail.smtp.timeout", "10000");
        sender.setJavaMailProperties(timeouts);
        return sender;
    }
}
