package nl.gastouderbureau.complaints.intake.mailin;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A mail as read from the mailbox, with what deciding about it needs and no more.
 *
 * @param key             stable for the same mail however often it is read: a hash of its Message-ID, or of
 *                        its headers and body when it has none
 * @param fromAddress     the sender's address, or null when the mail names none
 * @param fromName        the sender's display name, or null
 * @param headers         the headers that tell an automatic mail apart, by lower-case name
 * @param contentType     the top-level MIME type, lower case, without parameters
 * @param text            the plain text, HTML stripped and quoted replies cut off, not yet size-limited
 * @param attachmentCount parts sent as files; they are not kept
 * @param receivedAt      when the mailbox received it
 */
record IncomingMail(String key, String fromAddress, String fromName, Map<String, List<String>> headers,
                    String contentType, String subject, String text, int attachmentCount, Instant receivedAt) {

    IncomingMail {
        headers = Map.copyOf(headers);
    }

    /** The first value of a header, stripped, or null when the mail does not have it. */
    String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0).strip();
    }

    boolean hasHeader(String name) {
        return headers.containsKey(name.toLowerCase(Locale.ROOT));
    }
}
