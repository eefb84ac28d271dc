package nl.gastouderbureau.complaints.testsupport;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import nl.gastouderbureau.complaints.infra.MailCatcher;

/**
 * The agency's mailbox in a test's {@link MailCatcher}, seen from outside: mail sent to it over
 * SMTP as a person would, or put straight into a folder over IMAP (for what SMTP cannot carry, such
 * as a bounce's empty Return-Path), and what each folder holds. Intake reads it once
 * {@link TestInfrastructure#registerMailIn} pointed it there.
 */
public final class AgencyMailbox {

    private static final Duration POLL = Duration.ofMillis(100);

    private final MailCatcher catcher;

    public AgencyMailbox(MailCatcher catcher) {
        this.catcher = catcher;
    }

    public static AgencyMailbox onTestInfrastructure() {
        return new AgencyMailbox(TestInfrastructure.get().mail());
    }

    public String address() {
        return catcher.mailbox().address();
    }

    /**
     * Sends a mail, written as MIME text, over SMTP to the mailbox; the envelope sender is its From.
     * Its Message-ID is kept, so sending the same text twice is the same mail delivered twice.
     */
    public void send(String mime) {
        Properties settings = new Properties();
        settings.put("mail.smtp.host", catcher.host());
        settings.put("mail.smtp.port", String.valueOf(catcher.port()));
        settings.put("mail.smtp.connectiontimeout", "5000");
        settings.put("mail.smtp.timeout", "5000");
        try {
            Transport.send(parse(Session.getInstance(settings), mime), new Address[] {new InternetAddress(address())});
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not send a mail to " + address(), e);
        }
    }

    /** Puts a mail, written as MIME text, straight into a folder, as the mail provider's delivery would. */
    public void append(String folder, String mime) {
        withStore(store -> {
            Folder target = store.getFolder(folder);
            target.appendMessages(new Message[] {parse(Session.getInstance(new Properties()), mime)});
            return null;
        });
    }

    /** The subjects of the mails in a folder now; none when the folder does not exist. */
    public List<String> subjectsIn(String folder) {
        return withStore(store -> {
            Folder source = store.getFolder(folder);
            List<String> subjects = new ArrayList<>();
            if (!source.exists()) {
                return subjects;
            }
            source.open(Folder.READ_ONLY);
            try {
                for (Message message : source.getMessages()) {
                    try {
                        subjects.add(message.getSubject());
                    } catch (MessagingException e) {
                        // Moved away by the service while we looked: it is no longer in this folder.
                    }
                }
            } finally {
                source.close(false);
            }
            return subjects;
        });
    }

    /** Waits until a folder holds a mail whose subject matches, and returns the folder's subjects. */
    public List<String> awaitIn(String folder, Predicate<String> subject, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<String> subjects = subjectsIn(folder);
            if (subjects.stream().anyMatch(s -> s != null && subject.test(s))) {
                return subjects;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("No matching mail in " + folder + " within " + timeout + "; it holds " + subjects);
            }
            sleep(POLL);
        }
    }

    /** Copies the mails whose subject matches from one folder to another, as if they had never been moved. */
    public void copy(String from, String to, Predicate<String> subject) {
        withStore(store -> {
            Folder source = store.getFolder(from);
            source.open(Folder.READ_ONLY);
            try {
                List<Message> matching = new ArrayList<>();
                for (Message message : source.getMessages()) {
                    if (message.getSubject() != null && subject.test(message.getSubject())) {
                        matching.add(message);
                    }
                }
                source.copyMessages(matching.toArray(Message[]::new), store.getFolder(to));
            } finally {
                source.close(false);
            }
            return null;
        });
    }

    private interface StoreWork<T> {
        T run(Store store) throws MessagingException;
    }

    private <T> T withStore(StoreWork<T> work) {
        Properties settings = new Properties();
        settings.put("mail.imap.host", catcher.host());
        settings.put("mail.imap.port", String.valueOf(catcher.imapPort()));
        try {
            Store store = Session.getInstance(settings).getStore("imap");
            store.connect(catcher.mailbox().address(), catcher.mailbox().password());
            try {
                return work.run(store);
            } finally {
                store.close();
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not reach the mailbox " + address() + " over IMAP", e);
        }
    }

    private static MimeMessage parse(Session session, String mime) {
        try {
            return new KeptIdMessage(session, mime.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (MessagingException e) {
            throw new IllegalArgumentException("Not a mail: " + mime, e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A parsed mail that keeps its own Message-ID when sent, instead of getting a new one. */
    private static final class KeptIdMessage extends MimeMessage {

        KeptIdMessage(Session session, byte[] mime) throws MessagingException {
            super(session, new ByteArrayInputStream(mime));
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            if (getHeader("Message-ID") == null) {
                super.updateMessageID();
            }
        }
    }
}
