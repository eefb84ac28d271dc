package nl.gastouderbureau.complaints.intake.mailin;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The agency's mailbox that intake reads over IMAP ({@code COMPLAINTS_MAIL_IN_*}). Off unless
 * enabled; locally {@code ./run.sh} points it at the embedded mail server, in production it is the
 * mail provider's IMAP server.
 *
 * @param folder          where new mail arrives
 * @param processedFolder where mail goes once it became a submission or joined a case; created if missing
 * @param ignoredFolder   where auto-replies, bounces and our own mail go; created if missing
 * @param maxMessageChars a longer text is cut there, with a note that it was (the contract allows 5000)
 * @param maxPerPoll      mails handled per poll, so one poll stays short; the rest wait for the next
 * @param timeout         for connecting to and each answer of the IMAP server
 * @param ownAddresses    addresses the platform sends from: mail from them is our own, never a submission.
 *                        The mailbox's own address always counts
 */
@ConfigurationProperties("complaints.mail-in")
public record MailInSettings(boolean enabled, String host, Integer port, boolean ssl, String username, String password,
                             String folder, String processedFolder, String ignoredFolder, Duration pollInterval,
                             Integer maxMessageChars, Integer maxPerPoll, Duration timeout, List<String> ownAddresses) {

    public MailInSettings {
        host = blankTo(host, "localhost");
        port = port == null ? (ssl ? 993 : 143) : port;
        folder = blankTo(folder, "INBOX");
        processedFolder = blankTo(processedFolder, "Processed");
        ignoredFolder = blankTo(ignoredFolder, "Ignored");
        pollInterval = pollInterval == null ? Duration.ofMinutes(1) : pollInterval;
        maxMessageChars = maxMessageChars == null ? 5000 : maxMessageChars;
        maxPerPoll = maxPerPoll == null ? 50 : maxPerPoll;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        ownAddresses = ownAddresses == null ? List.of() : List.copyOf(ownAddresses);
        if (enabled && (username == null || username.isBlank() || password == null)) {
            throw new IllegalArgumentException("complaints.mail-in needs a username and a password when enabled");
        }
        if (pollInterval.isNegative() || pollInterval.isZero() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("complaints.mail-in needs a positive poll-interval and timeout");
        }
        if (maxMessageChars < 100 || maxMessageChars > 5000 || maxPerPoll < 1) {
            throw new IllegalArgumentException("complaints.mail-in needs max-message-chars in 100..5000 and max-per-poll >= 1");
        }
    }

    /** Our own addresses, lower case: the configured ones and the mailbox's. */
    Set<String> ownAddressSet() {
        Set<String> own = new LinkedHashSet<>();
        ownAddresses.stream().filter(address -> !address.isBlank())
                .forEach(address -> own.add(address.strip().toLowerCase(Locale.ROOT)));
        if (username != null && username.contains("@")) {
            own.add(username.strip().toLowerCase(Locale.ROOT));
        }
        return own;
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
