package nl.gastouderbureau.complaints.intake.mailin;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;

/** Mails written out as their MIME text, as a mailbox holds them. */
final class RawMail {

    static final Instant RECEIVED = Instant.parse("2026-11-25T09:30:00.123456Z");

    private RawMail() {
    }

    static MimeMessage parse(String raw) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
    }

    static IncomingMail read(String raw) throws Exception {
        return MailReader.read(parse(raw), RECEIVED, Instant.EPOCH);
    }

    /** A plain mail from {@code from} with these extra header lines. */
    static String plain(String from, String subject, String headers, String body) {
        return """
                From: %s
                To: feedback@gastouderbureau.example
                Subject: %s
                Message-ID: <%s@example.nl>
                Date: Wed, 25 Nov 2026 10:30:00 +0100
                MIME-Version: 1.0
                %sContent-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: 8bit

                %s
                """.formatted(from, subject, Integer.toHexString((from + subject + body).hashCode()),
                headers.isEmpty() ? "" : headers + "\n", body);
    }
}
