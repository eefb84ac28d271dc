package nl.gastouderbureau.complaints.notification.it;

import nl.gastouderbureau.complaints.testsupport.ServiceApi;
import nl.gastouderbureau.complaints.events.Actor;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.ErasureReason;
import nl.gastouderbureau.complaints.events.PersonalDataErased;
import nl.gastouderbureau.complaints.events.Contact;
import nl.gastouderbureau.complaints.events.FeedbackCaseOpened;
import nl.gastouderbureau.complaints.events.FeedbackOutcome;
import nl.gastouderbureau.complaints.events.FeedbackResponseRecorded;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.infra.MailCatcher.Mail;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Acknowledging feedback, the notification log's API, duplicates and unreadable records. */
class NotificationServiceIT extends NotificationItSupport {

    @Test
    void acknowledgesFeedbackWithTheReferenceAndTheDateAndLogsItAsSent() {
        String email = uniqueAddress();
        FeedbackCaseOpened opened = opened(new Contact("Oma <Jansen>", email, null), Language.NL);

        topic.publish(UUID.randomUUID().toString(), opened);

        Mail mail = awaitMailTo(email);
        assertThat(mail.subject()).isEqualTo("[FB-2026-0117] We hebben uw idee ontvangen");
        assertThat(mail.from()).isEqualTo("feedback@gastouderbureau.example");
        assertThat(mail.text()).contains("FB-2026-0117").contains("dinsdag 8 december 2026").contains("Beste Oma <Jansen>,");
        assertThat(mail.html()).contains("FB-2026-0117").contains("dinsdag 8 december 2026").contains("Oma &lt;Jansen&gt;");

        await().atMost(PATIENCE).untilAsserted(() -> {
            ServiceApi.Response log = api.get("/api/v1/notifications?caseId=" + opened.caseId(), "staff");
            assertThat(log.status()).isEqualTo(200);
            assertThat(log.<List<String>>json("$.items[*].status")).containsExactly("SENT");
            assertThat(log.<List<String>>json("$.items[*].type")).containsExactly("ACKNOWLEDGEMENT");
            assertThat(log.<List<String>>json("$.items[*].recipient")).containsExactly(email);
            assertThat(log.<List<String>>json("$.items[*].caseId")).containsExactly(opened.caseId());
            assertThat(Instant.parse(log.<String>json("$.items[0].sentAt"))).isAfter(Instant.now().minus(PATIENCE));
        });
    }

    @Test
    void anErasureForgetsTheSubmittersAddressInTheLogAndKeepsWhatWasSentWhen() {
        String email = uniqueAddress();
        FeedbackCaseOpened opened = opened(new Contact("Oma", email, null), Language.NL);
        topic.publish(UUID.randomUUID().toString(), opened);
        awaitMailTo(email);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(notificationsOf(opened.caseId())
                .<List<String>>json("$.items[*].status")).containsExactly("SENT"));

        RecordMetadata erased = topic.publish(UUID.randomUUID().toString(), new PersonalDataErased(opened.caseId(),
                "ds-0123456789abcdef0123456789abcdef", ErasureReason.ERASURE_REQUEST, new Actor("staff", Actor.STAFF),
                Instant.now()));

        topic.awaitHandled(GROUP, erased, PATIENCE);
        ServiceApi.Response log = notificationsOf(opened.caseId());
        assertThat(log.<List<String>>json("$.items[*].type")).containsExactly("ACKNOWLEDGEMENT");
        assertThat(log.<List<String>>json("$.items[*].status")).containsExactly("SENT");
        assertThat(log.<List<Object>>json("$.items[*].recipient")).containsExactly((Object) null);
        assertThat(log.<List<String>>json("$.items[*].sentAt")).doesNotContainNull();
    }

    @Test
    void writesEnglishToWhoeverChoseIt() {
        String email = uniqueAddress();

        topic.publish(UUID.randomUUID().toString(), opened(new Contact(null, email, null), Language.EN));

        Mail mail = awaitMailTo(email);
        assertThat(mail.subject()).isEqualTo("[FB-2026-0117] We have received your idea");
        assertThat(mail.text()).contains("Tuesday 8 December 2026");
    }

    @Test
    void theSameRecordTwiceGivesOneMail() {
        String email = uniqueAddress();
        FeedbackCaseOpened opened = opened(new Contact(null, email, null), Language.NL);
        String eventId = UUID.randomUUID().toString();

        topic.publish(eventId, opened);
        RecordMetadata again = topic.publish(eventId, opened);

        topic.awaitHandled(GROUP, again, PATIENCE);
        assertThat(mailsTo(email)).hasSize(1);
        assertThat(api.get("/api/v1/notifications?caseId=" + opened.caseId(), "staff").<List<String>>json("$.items[*].status"))
                .containsExactly("SENT");
    }

    @Test
    void anonymousFeedbackGetsNoMail() {
        FeedbackCaseOpened anonymous = opened(null, Language.NL);
        int mailsBefore = mail().messages().size();

        topic.awaitHandled(GROUP, topic.publish(UUID.randomUUID().toString(), anonymous), PATIENCE);

        assertThat(mail().messages()).hasSize(mailsBefore);
        assertThat(api.get("/api/v1/notifications?caseId=" + anonymous.caseId(), "staff").<List<Object>>json("$.items")).isEmpty();
    }

    @Test
    void anUnreadableRecordDoesNotHoldUpTheNextOne() {
        String email = uniqueAddress();
        FeedbackCaseOpened opened = opened(new Contact(null, email, null), Language.NL);

        topic.publishRaw(opened.caseId(), "poison-" + UUID.randomUUID(), "FeedbackCaseOpened",
                "{not json".getBytes(StandardCharsets.UTF_8));
        topic.publish(UUID.randomUUID().toString(), opened);

        assertThat(awaitMailTo(email).subject()).contains("FB-2026-0117");
    }

    @Test
    void theEventsAroundAnUnreadableRecordAreHandledOnceEach() {
        String email = uniqueAddress();
        FeedbackCaseOpened opened = opened(new Contact(null, email, null), Language.NL);
        String poisonId = "poison-" + UUID.randomUUID();

        // One case, so one partition and most likely one poll: the opening is written before the
        // unreadable record is parked, and the response after it still finds the case's address.
        topic.publish(UUID.randomUUID().toString(), opened);
        topic.publishRaw(opened.caseId(), poisonId, "FeedbackCaseOpened", "{not json".getBytes(StandardCharsets.UTF_8));
        RecordMetadata last = topic.publish(UUID.randomUUID().toString(), new FeedbackResponseRecorded(opened.caseId(),
                FeedbackOutcome.ADOPTED, "Goed idee.", false, new Actor("staff", Actor.STAFF), Instant.now()));

        topic.awaitHandled(GROUP, last, PATIENCE);
        assertThat(topic.deadLetter(poisonId, PATIENCE)).isPresent();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(notificationsOf(opened.caseId())
                .<List<String>>json("$.items[*].type")).containsExactlyInAnyOrder("ACKNOWLEDGEMENT", "FEEDBACK_RESPONSE"));
        assertThat(mailsTo(email)).extracting(Mail::subject)
                .containsExactlyInAnyOrder("[FB-2026-0117] We hebben uw idee ontvangen", "[FB-2026-0117] Onze reactie op uw feedback");
    }

    @Test
    void anUnreadableRecordIsParkedOnTheDeadLetterTopic() {
        String poisonId = "poison-" + UUID.randomUUID();

        topic.publishRaw(UUID.randomUUID().toString(), poisonId, "FeedbackCaseOpened",
                "{not json".getBytes(StandardCharsets.UTF_8));

        assertThat(topic.deadLetter(poisonId, PATIENCE)).hasValueSatisfying(record ->
                assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("{not json"));
    }

    @Test
    void onlyStaffReadsTheNotificationLog() {
        String path = "/api/v1/notifications?caseId=" + UUID.randomUUID();

        assertThat(api.get(path, null).status()).isEqualTo(401);
        assertThat(api.get(path, "manager").status()).isEqualTo(403);
        assertThat(api.get(path, "client").status()).isEqualTo(403);
        assertThat(api.get(path, "staff").status()).isEqualTo(200);
    }

    @Test
    void theLogIsReadPerCase() {
        ServiceApi.Response response = api.get("/api/v1/notifications", "staff");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.<List<String>>json("$.errors[*].field")).containsExactly("caseId");
    }

    private static FeedbackCaseOpened opened(Contact contact, Language language) {
        return new FeedbackCaseOpened(UUID.randomUUID().toString(), "FB-2026-0117", SubmissionKind.IDEA, Channel.WEB_FORM,
                SubmitterRole.GRANDPARENT, null, language, "Een nieuwsbrief per kwartaal zou fijn zijn.", contact, false,
                Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-12-08T10:00:00Z"));
    }
}
