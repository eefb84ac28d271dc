package nl.gastouderbureau.complaints.infra;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserImpl;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * An SMTP server on localhost (GreenMail) that accepts any sender and recipient without
 * authentication, and the agency's own mailbox readable over IMAP in the same server. Mail to the
 * mailbox's address lands in its INBOX, where intake's mail-in reads it. Mail to anyone else is
 * kept in memory and, given a store directory, also written there as an {@code .eml} file that a
 * person can open; it is not kept in a mailbox of its own, as no one reads those over IMAP. It can be stopped and started again on the same ports, to play an outage of the
 * mail server; the mailbox is in memory only and starts empty.
 */
public final class MailCatcher implements AutoCloseable {

    /** A received message; {@code to} holds the To, Cc and Bcc header addresses. */
    public record Mail(String from, List<String> to, String subject, String text, String html, String mime) {
    }

    /** The agency's mailbox: its address is also the IMAP login. */
    public record Mailbox(String address, String password) {

        public static final Mailbox DEFAULT = new Mailbox("feedback@gastouderbureau.example", "feedback");

        public Mailbox {
            if (address == null || address.isBlank() || password == null || password.isEmpty()) {
                throw new IllegalArgumentException("A mailbox needs an address and a password");
            }
            address = address.strip().toLowerCase(Locale.ROOT);
        }

        boolean isAddressOf(String recipient) {
            return recipient != null && address.equals(recipient.strip().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * Jakarta Mail 2.1 looks its stream provider up with a ServiceLoader for every body part it
     * parses (jakartaee/mail-api#699); in the launcher's jar that scan was over half of the
     * launcher's CPU under load. The services do the same through {@code MailStreams}.
     */
    private static final String STREAM_PROVIDER_PROPERTY = "jakarta.mail.util.StreamProvider";
    private static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    /** Messages held in memory, the newest; a long-running system keeps the rest only as files. */
    static final int HELD_IN_MEMORY = 10_000;

    /** Made once: a session reads its provider files from the class path when it is made. */
    private static final Session PARSING = Session.getInstance(new Properties());

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final int port;
    private final int imapPort;
    private final Mailbox mailbox;
    private final Path storeDir;
    private final List<Mail> received = new ArrayList<>();
    private MovingMessage lastDelivered;
    private GreenMail greenMail;
    private boolean closed;

    private MailCatcher(int port, int imapPort, Mailbox mailbox, Path storeDir) {
        this.port = port;
        this.imapPort = imapPort;
        this.mailbox = mailbox;
        this.storeDir = storeDir;
    }

    /** SMTP on {@code port}, the {@link Mailbox#DEFAULT default mailbox} over IMAP on a free port. */
    public static MailCatcher start(int port, Path storeDir) {
        return start(port, 0, Mailbox.DEFAULT, storeDir);
    }

    public static MailCatcher start(int smtpPort, int imapPort, Mailbox mailbox, Path storeDir) {
        int smtp = FreePorts.orFree(smtpPort);
        int imap = imapPort == 0 ? freePortOtherThan(smtp) : imapPort;
        MailCatcher catcher = new MailCatcher(smtp, imap, mailbox,
                storeDir == null ? null : Directories.create(storeDir.toAbsolutePath()));
        catcher.start();
        StopOnExit.register(catcher);
        return catcher;
    }

    public synchronized void start() {
        if (greenMail != null) {
            return;
        }
        if (System.getProperty(STREAM_PROVIDER_PROPERTY) == null) {
            System.setProperty(STREAM_PROVIDER_PROPERTY, ANGUS_STREAM_PROVIDER);
        }
        // Authentication stays on so that IMAP checks the mailbox's password; GreenMail still takes
        // SMTP without AUTH from anyone, as the services send it.
        GreenMail server = new GreenMail(new ServerSetup[] {
                new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "localhost", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig()
                        .withUser(mailbox.address(), mailbox.address(), mailbox.password()));
        UserManager users = server.getManagers().getUserManager();
        MessageDeliveryHandler mailboxes = users.getMessageDeliveryHandler();
        users.setMessageDeliveryHandler((message, recipient) -> {
            if (mailbox.isAddressOf(recipient.getEmail())) {
                return mailboxes.handle(message, recipient);
            }
            receive(message);
            return notStored(recipient.getEmail(), server);
        });
        try {
            server.start();
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
        greenMail = server;
    }

    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    public synchronized boolean isRunning() {
        return greenMail != null;
    }

    public String host() {
        return "localhost";
    }

    /** The SMTP port. */
    public int port() {
        return port;
    }

    public int imapPort() {
        return imapPort;
    }

    public Mailbox mailbox() {
        return mailbox;
    }

    /** Where the {@code .eml} files go, or null when messages are kept in memory only. */
    public Path storeDirectory() {
        return storeDir;
    }

    /** The messages received since the start or the last {@link #clear}, at most the newest 10,000. */
    public List<Mail> messages() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** Forgets the messages held in memory; files in the store directory stay. */
    public void clear() {
        synchronized (received) {
            received.clear();
        }
    }

    public List<Mail> awaitMessages(int count, Duration timeout) {
        return awaitMessages(mail -> true, count, timeout);
    }

    /** Waits until at least {@code count} received messages match, and returns all that match. */
    public List<Mail> awaitMessages(Predicate<Mail> filter, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (received) {
            while (true) {
                List<Mail> matching = received.stream().filter(filter).toList();
                long left = deadline - System.nanoTime();
                if (matching.size() >= count) {
                    return matching;
                }
                if (left <= 0) {
                    throw new IllegalStateException("Expected " + count + " mail(s) within " + timeout
                            + " but got " + matching.size() + " of " + received.size() + " received");
                }
                try {
                    received.wait(left / 1_000_000 + 1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for mail", e);
                }
            }
        }
    }

    /** The {@code .eml} files in a store directory, oldest first. */
    public static List<Path> storedFiles(Path storeDir) {
        if (!Files.isDirectory(storeDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(storeDir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".eml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Mail read(Path emlFile) {
        try {
            return parse(Files.readAllBytes(emlFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        StopOnExit.unregister(this);
        stop();
    }

    @Override
    public String toString() {
        return "SMTP catcher on localhost:" + port + " with the mailbox " + mailbox.address() + " on IMAP port " + imapPort;
    }

    /** A recipient whose mail was taken by {@link #receive}, and goes into no IMAP mailbox. */
    private static GreenMailUser notStored(String address, GreenMail server) {
        return new UserImpl(address, address, "", server.getManagers().getImapHostManager()) {
            @Override
            public void deliver(MovingMessage message) {
            }
        };
    }

    private static int freePortOtherThan(int taken) {
        int port = FreePorts.pick();
        return port == taken ? FreePorts.pick() : port;
    }

    private void receive(MovingMessage message) {
        synchronized (received) {
            // GreenMail delivers a message once per recipient; keep it once.
            if (message == lastDelivered) {
                return;
            }
            lastDelivered = message;
            byte[] mime = bytesOf(message.getMessage());
            // Stored before it is announced, so whoever awaits a message also finds its file.
            if (storeDir != null) {
                store(mime);
            }
            received.add(parse(mime));
            if (received.size() > HELD_IN_MEMORY) {
                received.remove(0);
            }
            received.notifyAll();
        }
    }

    private void store(byte[] mime) {
        String name = FILE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)) + "-" + UUID.randomUUID().toString().substring(0, 8) + ".eml";
        try {
            Files.write(storeDir.resolve(name), mime);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store mail in " + storeDir, e);
        }
    }

    private static byte[] bytesOf(MimeMessage message) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("Could not read a received mail", e);
        }
    }

    private static Mail parse(byte[] mime) {
        try {
            MimeMessage message = new MimeMessage(PARSING, new ByteArrayInputStream(mime));
            Bodies bodies = new Bodies();
            bodies.collect(message);
            return new Mail(firstAddress(message.getFrom()), addresses(message.getAllRecipients()), message.getSubject(),
                    bodies.text, bodies.html, new String(mime, StandardCharsets.UTF_8));
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("Could not parse a mail", e);
        }
    }

    private static String firstAddress(Address[] addresses) {
        List<String> all = addresses(addresses);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<String> addresses(Address[] addresses) {
        if (addresses == null) {
            return List.of();
        }
        return Arrays.stream(addresses)
                .map(address -> address instanceof InternetAddress internet ? internet.getAddress() : address.toString())
                .toList();
    }

    /** The first plain-text and the first HTML body, wherever they sit in the MIME tree. */
    private static final class Bodies {
        private String text;
        private String html;

        void collect(Part part) throws MessagingException, IOException {
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return;
            }
            if (part.isMimeType("text/plain") && text == null) {
                text = (String) part.getContent();
            } else if (part.isMimeType("text/html") && html == null) {
                html = (String) part.getContent();
            } else if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    collect(multipart.getBodyPart(i));
                }
            }
        }
    }
}
