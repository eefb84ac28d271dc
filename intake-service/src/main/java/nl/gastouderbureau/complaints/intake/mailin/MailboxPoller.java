package nl.gastouderbureau.complaints.intake.mailin;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import nl.gastouderbureau.complaints.intake.mailin.MailIntake.Outcome;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.io.IOException;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Reads the agency's mailbox over IMAP every {@code poll-interval}: each new mail is handed to
 * {@link MailIntake} and then moved out of the inbox, to the processed folder or, when it was
 * ignored, to the ignored folder. A mail is moved only after what it became was acknowledged by
 * Kafka; if the service stops in between, the next poll reads it again and the idempotency of
 * {@link MailIntake} makes that harmless. When Kafka or the mail server fail, the poll ends and
 * the mail waits for the next one.
 */
public class MailboxPoller implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(MailboxPoller.class);

    private final MailInSettings settings;
    private final MailIntake intake;
    private final MeterRegistry meters;
    private final Clock clock;
    private ScheduledExecutorService scheduler;

    public MailboxPoller(MailInSettings settings, MailIntake intake, MeterRegistry meters, Clock clock) {
        this.settings = settings;
        this.intake = intake;
        this.meters = meters;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mail-in");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.pollInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::pollQuietly, 0, interval, TimeUnit.MILLISECONDS);
        LOG.info("Reading the mailbox {} on {}:{} every {}", settings.folder(), settings.host(), settings.port(), settings.pollInterval());
    }

    @Override
    public void stop() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = scheduler;
            scheduler = null;
        }
        if (running == null) {
            return;
        }
        // A poll under way finishes its current mail; the next one does not start.
        running.shutdown();
        try {
            if (!running.awaitTermination(settings.timeout().toMillis() * 2, TimeUnit.MILLISECONDS)) {
                running.shutdownNow();
            }
        } catch (InterruptedException e) {
            running.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    /** Reads what is in the inbox now; one poll at a time. */
    public synchronized int pollOnce() throws MessagingException {
        Store store = Session.getInstance(sessionProperties()).getStore(settings.ssl() ? "imaps" : "imap");
        store.connect(settings.host(), settings.port(), settings.username(), settings.password());
        try {
            Folder inbox = store.getFolder(settings.folder());
            inbox.open(Folder.READ_WRITE);
            try {
                Folder processed = existing(store, settings.processedFolder());
                Folder ignored = existing(store, settings.ignoredFolder());
                int handled = 0;
                for (Message message : inbox.getMessages()) {
                    if (handled == settings.maxPerPoll() || Thread.currentThread().isInterrupted()) {
                        break;
                    }
                    if (message.isExpunged() || message.isSet(Flags.Flag.DELETED)) {
                        continue;
                    }
                    Outcome outcome = handle(message, inbox);
                    LOG.info("Mail {} read: {} {}", idOf(message), outcome.kind(), outcome.detail());
                    move(store, inbox, message, outcome.kind() == Outcome.Kind.IGNORED ? ignored : processed);
                    handled++;
                }
                return handled;
            } finally {
                if (inbox.isOpen()) {
                    inbox.close(true);
                }
            }
        } finally {
            store.close();
        }
    }

    private void pollQuietly() {
        try {
            pollOnce();
        } catch (Exception e) {
            meters.counter("complaints.mailin.poll.failed").increment();
            // The reason only: a mail server's or broker's message, never a mail's content.
            LOG.warn("Reading the mailbox failed, trying again in {}: {}", settings.pollInterval(), e.toString());
        }
    }

    private Outcome handle(Message message, Folder inbox) throws MessagingException {
        IncomingMail mail;
        try {
            Date received = message.getReceivedDate();
            // A copy reads the whole message once, rather than part by part over the connection.
            mail = MailReader.read(new MimeMessage((MimeMessage) message), received == null ? null : received.toInstant(),
                    clock.instant());
        } catch (MessagingException | IOException | RuntimeException e) {
            if (!inbox.isOpen() || !inbox.getStore().isConnected()) {
                throw e instanceof MessagingException messaging ? messaging : new MessagingException("Lost the mailbox", e);
            }
            LOG.warn("Mail {} could not be read and is set aside: {}", idOf(message), e.toString());
            return intake.ignored(IgnoreReason.UNREADABLE);
        }
        return intake.handle(mail);
    }

    private static void move(Store store, Folder inbox, Message message, Folder target) throws MessagingException {
        Message[] one = {message};
        if (inbox instanceof IMAPFolder imap && store instanceof IMAPStore imapStore && imapStore.hasCapability("MOVE")) {
            imap.moveMessages(one, target);
        } else {
            inbox.copyMessages(one, target);
            message.setFlag(Flags.Flag.DELETED, true);
        }
    }

    private static Folder existing(Store store, String name) throws MessagingException {
        Folder folder = store.getFolder(name);
        if (!folder.exists() && !folder.create(Folder.HOLDS_MESSAGES)) {
            throw new MessagingException("Could not create the mail folder " + name);
        }
        return folder;
    }

    /** The message's number in the inbox: enough to follow it in the log without naming its sender or subject. */
    private static String idOf(Message message) {
        return "#" + message.getMessageNumber();
    }

    private Properties sessionProperties() {
        String protocol = settings.ssl() ? "imaps" : "imap";
        String timeout = Long.toString(settings.timeout().toMillis());
        Properties properties = new Properties();
        properties.put("mail." + protocol + ".connectiontimeout", timeout);
        properties.put("mail." + protocol + ".timeout", timeout);
        properties.put("mail." + protocol + ".writetimeout", timeout);
        if (settings.ssl()) {
            properties.put("mail.imaps.ssl.checkserveridentity", "true");
        }
        return properties;
    }
}
