package nl.gastouderbureau.complaints.intake.mailin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.Contact;
import nl.gastouderbureau.complaints.events.EventCodec;
import nl.gastouderbureau.complaints.events.EventHeaders;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmissionReceived;
import nl.gastouderbureau.complaints.events.SubmitterReplyReceived;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.events.Topics;
import nl.gastouderbureau.complaints.testsupport.AgencyMailbox;
import nl.gastouderbureau.complaints.testsupport.KafkaProbe;
import nl.gastouderbureau.complaints.testsupport.KafkaProbe.TopicRecord;
import nl.gastouderbureau.complaints.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Mail-in as it runs: the intake service polling the agency's mailbox in the test mail server over
 * IMAP, mail arriving there over SMTP, events on the test Kafka. Each test marks its mails with a
 * fresh marker, so tests share the mailbox and the topic without seeing each other's mail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "complaints.mail-in.poll-interval=PT0.3S",
        "complaints.intake.feedback-rate-limit.requests=1000000"})
@DirtiesContext
class MailInIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.registerKafka(registry);
        TestInfrastructure.registerMongo(registry, "intake-mail-it");
        TestInfrastructure.registerMailIn(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    MailboxPoller poller;

    private AgencyMailbox mailbox;
    private String marker;

    @BeforeEach
    void mailbox() {
        mailbox = AgencyMailbox.onTestInfrastructure();
        marker = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aNewMailBecomesARemarkByMailNotingItsAttachmentAndIsMovedToProcessed() {
        mailbox.send("""
                From: Oma Jansen <oma-%1$s@example.nl>
                To: feedback@gastouderbureau.example
                Subject: Een idee %1$s
                Message-ID: <idee-%1$s@example.nl>
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b"

                --b
                Content-Type: text/plain; charset=UTF-8

                Een nieuwsbrief per kwartaal zou fijn zijn.
                --b
                Content-Type: application/pdf; name="rooster.pdf"
                Content-Disposition: attachment; filename="rooster.pdf"
                Content-Transfer-Encoding: base64

                JVBERi0xLjQ=
                --b--
                """.formatted(marker));

        TopicRecord record = awaitOneRecord("Een idee " + marker);
        SubmissionReceived event = EventCodec.fromJson(record.value(), SubmissionReceived.class);
        assertThat(record.key()).isEqualTo(event.submissionId());
        assertThat(record.headers().get(EventHeaders.EVENT_TYPE)).isEqualTo("SubmissionReceived");
        assertThat(event.channel()).isEqualTo(Channel.EMAIL);
        assertThat(event.kind()).isEqualTo(SubmissionKind.REMARK);
        assertThat(event.submitterRole()).isEqualTo(SubmitterRole.OTHER);
        assertThat(event.contact()).isEqualTo(new Contact("Oma Jansen", "oma-" + marker + "@example.nl", null));
        assertThat(event.message()).isEqualTo("Een nieuwsbrief per kwartaal zou fijn zijn.");
        assertThat(event.attachmentCount()).isEqualTo(1);
        assertThat(event.reference()).matches("FB-\\d{4}-\\d{4,}");

        mailbox.awaitIn("Processed", subject -> subject.contains(marker), WAIT);
        await().atMost(WAIT).until(() -> mailbox.subjectsIn("INBOX").stream().noneMatch(s -> s.contains(marker)));
    }

    @Test
    void aReplyFromTheSubmitterJoinsTheirCaseAndTheSameReferenceFromSomeoneElseOpensANewOne() throws Exception {
        JsonNode accepted = postFeedback("""
                {"kind":"IDEA","message":"Meer uitjes %1$s","submitterRole":"PARENT","channel":"WEB_FORM",
                 "contact":{"name":"Ouder","email":"Ouder-%1$s@Example.nl"}}""".formatted(marker));
        String reference = accepted.get("reference").asText();
        String caseId = accepted.get("submissionId").asText();

        mailbox.send(plain("ouder-" + marker + "@example.nl", "Re: [" + reference + "] We hebben uw idee ontvangen",
                "reply-" + marker, "Nog een aanvulling " + marker + ".\n\nOp wo 25 nov 2026 schreef Gastouderbureau:\n> Bedankt"));
        mailbox.send(plain("buurman-" + marker + "@example.nl", "Re: [" + reference + "] We hebben uw idee ontvangen",
                "other-" + marker, "Ik wil ook iets zeggen " + marker));

        TopicRecord replyRecord = awaitOneRecord("Nog een aanvulling " + marker);
        assertThat(replyRecord.headers().get(EventHeaders.EVENT_TYPE)).isEqualTo("SubmitterReplyReceived");
        assertThat(replyRecord.key()).isEqualTo(caseId);
        SubmitterReplyReceived reply = EventCodec.fromJson(replyRecord.value(), SubmitterReplyReceived.class);
        assertThat(reply.caseId()).isEqualTo(caseId);
        assertThat(reply.reference()).isEqualTo(reference);
        assertThat(reply.channel()).isEqualTo(Channel.EMAIL);
        assertThat(reply.message()).isEqualTo("Nog een aanvulling " + marker + ".");

        TopicRecord otherRecord = awaitOneRecord("Ik wil ook iets zeggen " + marker);
        assertThat(otherRecord.headers().get(EventHeaders.EVENT_TYPE)).isEqualTo("SubmissionReceived");
        assertThat(EventCodec.fromJson(otherRecord.value(), SubmissionReceived.class).reference()).isNotEqualTo(reference);
    }

    @Test
    void anUnknownReferenceOpensANewCase() {
        mailbox.send(plain("ouder-" + marker + "@example.nl", "Over [KL-2019-9999]", "unknown-" + marker, "Oud kenmerk " + marker));

        TopicRecord record = awaitOneRecord("Oud kenmerk " + marker);
        assertThat(record.headers().get(EventHeaders.EVENT_TYPE)).isEqualTo("SubmissionReceived");
    }

    @Test
    void theSameMailDeliveredTwiceAndReadAgainAfterARestartIsOneSubmission() {
        String mail = plain("ouder-" + marker + "@example.nl", "Twee keer " + marker, "twice-" + marker, "Eén keer bedoeld " + marker);
        mailbox.send(mail);
        mailbox.send(mail);
        mailbox.awaitIn("Processed", subject -> subject.contains(marker), WAIT);
        await().atMost(WAIT).until(() -> count(mailbox.subjectsIn("Processed")) == 2);
        SubmissionReceived first = EventCodec.fromJson(awaitOneRecord("Eén keer bedoeld " + marker).value(), SubmissionReceived.class);

        // As if the service stopped after publishing but before moving the mail: it is back in the inbox.
        poller.stop();
        mailbox.copy("Processed", "INBOX", subject -> subject.contains(marker));
        assertThat(count(mailbox.subjectsIn("INBOX"))).isEqualTo(2);
        poller.start();

        await().atMost(WAIT).until(() -> count(mailbox.subjectsIn("INBOX")) == 0 && count(mailbox.subjectsIn("Processed")) == 4);
        List<TopicRecord> records = recordsContaining("Eén keer bedoeld " + marker);
        assertThat(records).hasSize(1);
        assertThat(EventCodec.fromJson(records.get(0).value(), SubmissionReceived.class)).isEqualTo(first);
    }

    @Test
    void autoRepliesBouncesAndOurOwnAcknowledgementAreSetAsideInIgnored() throws Exception {
        mailbox.send(plain("ouder-" + marker + "@example.nl", "Automatisch antwoord: [FB-2026-0001] " + marker, "ooo-" + marker,
                "Ik ben afwezig tot maandag. " + marker).replace("MIME-Version", "Auto-Submitted: auto-replied\nMIME-Version"));
        mailbox.send("""
                From: Mail Delivery System <MAILER-DAEMON@mail.example.nl>
                To: feedback@gastouderbureau.example
                Subject: Undelivered Mail Returned to Sender %1$s
                Message-ID: <bounce-%1$s@mail.example.nl>
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="r"

                --r
                Content-Type: text/plain

                Your message could not be delivered. %1$s
                --r
                Content-Type: message/delivery-status

                Final-Recipient: rfc822; niemand@example.nl
                Action: failed
                Status: 5.1.1
                --r--
                """.formatted(marker));
        mailbox.send(plain("Gastouderbureau <feedback@gastouderbureau.example>", "[FB-2026-0001] We hebben uw idee ontvangen " + marker,
                "ack-" + marker, "Bedankt voor uw idee. " + marker));
        mailbox.append("INBOX", ("Return-Path: <>\n" + plain("ouder-" + marker + "@example.nl", "Onbestelbaar " + marker,
                "null-sender-" + marker, "Terug " + marker)));

        await().atMost(WAIT).until(() -> count(mailbox.subjectsIn("Ignored")) == 4);
        assertThat(count(mailbox.subjectsIn("INBOX"))).isZero();
        assertThat(count(mailbox.subjectsIn("Processed"))).isZero();
        assertThat(recordsContaining(marker)).isEmpty();
        assertThat(get("/actuator/prometheus"))
                .containsPattern("complaints_mailin_ignored_total\\{application=\"intake-service\",reason=\"auto-submitted\"")
                .containsPattern("complaints_mailin_ignored_total\\{application=\"intake-service\",reason=\"delivery-report\"")
                .containsPattern("complaints_mailin_ignored_total\\{application=\"intake-service\",reason=\"own-address\"")
                .contains("complaints_mailin_received_total");
    }

    @Test
    void hostileHtmlArrivesAsItsTextOnly() {
        mailbox.send("""
                From: ouder-%1$s@example.nl
                To: feedback@gastouderbureau.example
                Subject: Html %1$s
                Message-ID: <html-%1$s@example.nl>
                MIME-Version: 1.0
                Content-Type: text/html; charset=UTF-8

                <html><head><style>p{color:red}</style><script>alert('head')</script></head>
                <body onload="steal()"><p>Fijne opvang &amp; lieve gastouder %1$s.</p><script>fetch('https://evil.example')</script>
                <img src="x" onerror="alert(1)"><p><a href="javascript:alert(2)">Klik hier</a></p><!-- geheim --></body></html>
                """.formatted(marker));

        SubmissionReceived event = EventCodec.fromJson(awaitOneRecord("Html " + marker).value(), SubmissionReceived.class);
        assertThat(event.message()).isEqualTo("Fijne opvang & lieve gastouder " + marker + ".\n\nKlik hier");
        mailbox.awaitIn("Processed", subject -> subject.equals("Html " + marker), WAIT);
    }

    private String plain(String from, String subject, String messageId, String body) {
        return """
                From: %s
                To: feedback@gastouderbureau.example
                Subject: %s
                Message-ID: <%s@example.nl>
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8

                %s
                """.formatted(from, subject, messageId, body);
    }

    private long count(List<String> subjects) {
        return subjects.stream().filter(subject -> subject != null && subject.contains(marker)).count();
    }

    private TopicRecord awaitOneRecord(String text) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(300)).until(() -> !recordsContaining(text).isEmpty());
        List<TopicRecord> records = recordsContaining(text);
        assertThat(records).hasSize(1);
        return records.get(0);
    }

    private static List<TopicRecord> recordsContaining(String text) {
        String json = new ObjectMapper().valueToTree(text).toString();
        String inJson = json.substring(1, json.length() - 1);
        return KafkaProbe.onTestInfrastructure().readAll(Topics.SUBMISSIONS, Duration.ofSeconds(5)).stream()
                .filter(record -> record.decryptedValue().contains(inJson))
                .toList();
    }

    private JsonNode postFeedback(String json) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/v1/feedback"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(202);
        return new ObjectMapper().readTree(response.body());
    }

    private String get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
