package nl.gastouderbureau.complaints.intake.mailin;

import jakarta.mail.Address;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a MIME message into an {@link IncomingMail}: the sender, the headers that matter, the text
 * (plain text preferred, else the HTML's text), and how many files were attached.
 */
final class MailReader {

    private static final Set<String> KEPT_HEADERS = Set.of("auto-submitted", "x-autoreply", "x-autorespond",
            "x-auto-response-suppress", "precedence", "return-path", "content-language", "message-id");
    /** A text body larger than this is not read further: the message is cut far below it anyway. */
    private static final int MAX_BODY_BYTES = 1 << 20;

    private MailReader() {
    }

    /**
     * @param receivedAt when the mailbox received it (IMAP's internal date), or null to use the date it was sent,
     *                   else {@code fallback}
     */
    static IncomingMail read(MimeMessage message, Instant receivedAt, Instant fallback) throws MessagingException, IOException {
        Bodies bodies = new Bodies();
        bodies.collect(message);
        String text = bodies.plain != null ? Texts.normalise(bodies.plain)
                : bodies.html != null ? Texts.normalise(HtmlText.of(bodies.html)) : "";
        InternetAddress from = firstInternetAddress(message.getFrom());
        return new IncomingMail(key(message, receivedAt), from == null ? null : from.getAddress().strip(),
                from == null ? null : from.getPersonal(), keptHeaders(message), baseType(message.getContentType()),
                decodedSubject(message), QuotedReply.strip(text), bodies.attachments,
                millis(receivedAt != null ? receivedAt : message.getSentDate() != null ? message.getSentDate().toInstant() : fallback));
    }

    /**
     * A hash of the Message-ID, or of the headers that identify a mail and its body when it has none.
     * A mail without even a Date (a hand-made one) adds the time the mailbox received it, so the same
     * text sent twice is two mails; that time stays the same while it waits in the mailbox.
     */
    static String key(MimeMessage message, Instant receivedAt) throws MessagingException, IOException {
        MessageDigest digest = sha256();
        String messageId = message.getMessageID();
        if (messageId != null && !messageId.isBlank()) {
            digest.update(("message-id\n" + messageId.strip()).getBytes(StandardCharsets.UTF_8));
        } else {
            for (String name : List.of("From", "To", "Cc", "Date", "Subject")) {
                String value = message.getHeader(name, ",");
                digest.update((name + ": " + (value == null ? "" : value) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            try (InputStream body = message.getRawInputStream()) {
                digest.update(body.readAllBytes());
            }
            if (message.getHeader("Date") == null && receivedAt != null) {
                digest.update(("\nreceived " + receivedAt).getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static Map<String, List<String>> keptHeaders(MimeMessage message) throws MessagingException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        Enumeration<Header> all = message.getAllHeaders();
        while (all.hasMoreElements()) {
            Header header = all.nextElement();
            String name = header.getName().toLowerCase(Locale.ROOT);
            if (KEPT_HEADERS.contains(name)) {
                headers.computeIfAbsent(name, n -> new ArrayList<>()).add(header.getValue() == null ? "" : header.getValue());
            }
        }
        return headers;
    }

    private static InternetAddress firstInternetAddress(Address[] addresses) {
        if (addresses == null) {
            return null;
        }
        for (Address address : addresses) {
            if (address instanceof InternetAddress internet && internet.getAddress() != null && !internet.getAddress().isBlank()) {
                return internet;
            }
        }
        return null;
    }

    private static String decodedSubject(MimeMessage message) throws MessagingException {
        String subject = message.getSubject();
        return subject == null ? null : Texts.oneLine(subject);
    }

    private static String baseType(String contentType) {
        if (contentType == null) {
            return "text/plain";
        }
        try {
            return new ContentType(contentType).getBaseType().toLowerCase(Locale.ROOT);
        } catch (MessagingException e) {
            return contentType.toLowerCase(Locale.ROOT);
        }
    }

    private static Instant millis(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * The first plain-text and the first HTML body and the number of attachments, wherever they sit
     * in the MIME tree. An attachment is a part sent as a file: marked as attachment, or named and
     * not shown inline (a logo in a signature is not one), or a forwarded message.
     */
    private static final class Bodies {
        private String plain;
        private String html;
        private int attachments;

        void collect(Part part) throws MessagingException, IOException {
            if (isAttachment(part)) {
                attachments++;
            } else if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    collect(multipart.getBodyPart(i));
                }
            } else if (part.isMimeType("text/plain") && plain == null) {
                plain = text(part);
            } else if (part.isMimeType("text/html") && html == null) {
                html = text(part);
            }
        }

        private static boolean isAttachment(Part part) throws MessagingException {
            if (part.isMimeType("message/rfc822")) {
                return true;
            }
            String disposition = part.getDisposition();
            if (Part.ATTACHMENT.equalsIgnoreCase(disposition)) {
                return true;
            }
            return part.getFileName() != null && !Part.INLINE.equalsIgnoreCase(disposition) && !part.isMimeType("multipart/*");
        }

        private static String text(Part part) throws MessagingException, IOException {
            byte[] bytes;
            try (InputStream in = part.getInputStream()) {
                bytes = readAtMost(in, MAX_BODY_BYTES);
            }
            String charset = charsetOf(part);
            try {
                return new String(bytes, MimeUtility.javaCharset(charset));
            } catch (UnsupportedEncodingException e) {
                return new String(bytes, StandardCharsets.UTF_8);
            }
        }

        private static String charsetOf(Part part) {
            try {
                String charset = new ContentType(part.getContentType()).getParameter("charset");
                return charset == null ? "us-ascii" : charset;
            } catch (MessagingException e) {
                return "us-ascii";
            }
        }

        private static byte[] readAtMost(InputStream in, int limit) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            while (out.size() < limit && (read = in.read(buffer, 0, Math.min(buffer.length, limit - out.size()))) != -1) {
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        }
    }
}
