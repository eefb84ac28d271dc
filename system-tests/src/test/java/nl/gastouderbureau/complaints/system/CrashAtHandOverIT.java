package nl.gastouderbureau.complaints.system;

import com.fasterxml.jackson.databind.JsonNode;
import nl.gastouderbureau.complaints.events.Topics;
import nl.gastouderbureau.complaints.launcher.LocalSystem;
import nl.gastouderbureau.complaints.launcher.Service;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Faults 3 and 4 of the reliability suite, and intake's part: a process crashes at the moment one
 * service hands a submission to the next, and after the restart the submission is one case, one
 * mail and one count. The crashes are injected ({@code complaints.fault-injection.*}: the JVM halts
 * at a chosen point, as SIGKILL would end it there), because a kill from outside cannot hit a window
 * of a few milliseconds on purpose. Each test restarts the service it crashes with its fault, so the
 * crash hits the first record or event that service handles after the restart: its own.
 * <p>
 * A system of its own, so no other test's records are in flight when a fault is armed.
 */
@Order(TheSystem.AFTER_THE_SHARED_SYSTEM)
class CrashAtHandOverIT {

    private static final Duration CRASH_PATIENCE = Duration.ofMinutes(2);
    private static final Duration SETTLE = Duration.ofMinutes(4);

    private static LocalSystem system;
    private static SystemHttp http;
    private static Holdings holdings;

    @BeforeAll
    static void start() {
        TheSystem.stop();
        system = LocalSystem.start(new LocalSystem.Options(Path.of("..").toAbsolutePath().normalize(),
                TheSystem.freshDataDirectory(), true));
        http = new SystemHttp(system);
        holdings = new Holdings(system);
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    /** Fault 3: the forwarder dies with the event stored but not published, and again with it published but its token not moved. */
    @Test
    void theForwarderCrashedBeforeAndAfterPublishingStillPublishesTheEventOnceDownstream() throws Exception {
        int countedBefore = holdings.receivedIn("MATCHING");
        system.kill(Service.CASE);
        system.restartWithFault(Service.CASE, 1, "halt-before-publish", "1");

        String key = UUID.randomUUID().toString();
        Submission submission = accepted(send("MATCHING", key), key);
        assertThat(system.awaitExit(Service.CASE, 1, CRASH_PATIENCE)).as("case-service halted before publishing").isTrue();
        CaseEventStore store = new CaseEventStore(system);
        assertThat(store.eventsOf(submission.id())).as("stored").containsExactly("FeedbackCaseOpened");
        assertThat(onCaseEvents(submission)).as("not yet published").isEmpty();

        system.restartWithFault(Service.CASE, 1, "halt-after-publish", "1");
        assertThat(system.awaitExit(Service.CASE, 1, CRASH_PATIENCE)).as("case-service halted after publishing").isTrue();
        assertThat(onCaseEvents(submission)).as("published once, its token not stored").hasSize(1);

        system.restart(Service.CASE);
        new OncePerSubmission(system).assertEachIsOneCaseOneAcknowledgementOneMail(List.of(submission), SETTLE);
        List<TopicRecords.Entry> published = onCaseEvents(submission);
        assertThat(published).as("published again after the restart").hasSize(2);
        assertThat(published).extracting(TopicRecords.Entry::eventId).as("as the same event").containsOnly(published.get(0).eventId());
        assertThat(store.eventsOf(submission.id())).as("stored once").containsExactly("FeedbackCaseOpened");
        assertThat(holdings.receivedIn("MATCHING")).as("counted once").isEqualTo(countedBefore + 1);
    }

    /** Fault 4: both consumers of the case events die after their side effect, before committing the offset. */
    @Test
    void consumersCrashedAfterTheirSideEffectSendNoSecondMailAndCountOnce() throws Exception {
        int countedBefore = holdings.receivedIn("INVOICING");
        for (Service consumer : List.of(Service.NOTIFICATION, Service.REPORTING)) {
            system.kill(consumer);
            system.restartWithFault(consumer, 1, "halt-before-offset-commit", "1");
        }

        String key = UUID.randomUUID().toString();
        Submission submission = accepted(send("INVOICING", key), key);
        assertThat(system.awaitExit(Service.NOTIFICATION, 1, CRASH_PATIENCE)).as("notification-service halted").isTrue();
        assertThat(system.awaitExit(Service.REPORTING, 1, CRASH_PATIENCE)).as("reporting-service halted").isTrue();
        assertThat(holdings.mailsTo(submission)).as("the side effect happened before the crash").hasSize(1);
        TopicRecords.Entry opened = onCaseEvents(submission).get(0);
        for (String group : List.of("notification-service", "reporting-service")) {
            assertThat(committed(group, new TopicPartition(Topics.CASE_EVENTS, opened.partition())))
                    .as("%s did not commit past %s, so it gets the event again", group, opened)
                    .isLessThanOrEqualTo(opened.offset());
        }

        system.restart(Service.NOTIFICATION);
        system.restart(Service.REPORTING);
        new OncePerSubmission(system).assertEachIsOneCaseOneAcknowledgementOneMail(List.of(submission), SETTLE);
        for (String group : List.of("notification-service", "reporting-service")) {
            assertThat(committed(group, new TopicPartition(Topics.CASE_EVENTS, opened.partition())))
                    .as("%s handled the event again", group).isGreaterThan(opened.offset());
        }
        assertThat(holdings.receivedIn("INVOICING")).as("counted once").isEqualTo(countedBefore + 1);
    }

    /** Intake dies after Kafka acknowledged the submission, before answering; the client retries with its key. */
    @Test
    void intakeCrashedBeforeAnsweringGivesTheRetryTheSameSubmission() throws Exception {
        String key = UUID.randomUUID().toString();
        system.kill(Service.INTAKE);
        system.restartWithFault(Service.INTAKE, 1, "halt-after-publish", "1");

        assertThatThrownBy(() -> send("HEALTH_HYGIENE", key)).as("no answer").isInstanceOf(IOException.class);
        assertThat(system.awaitExit(Service.INTAKE, 1, CRASH_PATIENCE)).as("intake halted after publishing").isTrue();
        system.restart(Service.INTAKE);
        Submission submission = accepted(send("HEALTH_HYGIENE", key), key);

        new OncePerSubmission(system).assertEachIsOneCaseOneAcknowledgementOneMail(List.of(submission), SETTLE);
        List<TopicRecords.Entry> received = TopicRecords.read(system, Topics.SUBMISSIONS).stream()
                .filter(entry -> submission.id().equals(entry.key()))
                .toList();
        assertThat(received).as("published before the crash and again for the retry").hasSize(2);
        assertThat(received).extracting(TopicRecords.Entry::eventId).as("as the same event").containsOnly(received.get(0).eventId());
    }

    private static HttpResponse<String> send(String category, String key) throws Exception {
        return http.send("POST", Service.INTAKE, "/api/v1/feedback", null, """
                {"kind":"TIP","message":"Een tip rond een storing.","submitterRole":"HOST_PARENT","category":"%s",
                 "contact":{"email":"%s"}}""".formatted(category, emailFor(key)),
                Map.of("Content-Type", "application/json", "Idempotency-Key", key));
    }

    private static Submission accepted(HttpResponse<String> response, String key) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode answer = SystemHttp.JSON.readTree(response.body());
        return new Submission(answer.get("submissionId").asText(), answer.get("reference").asText(), emailFor(key));
    }

    private static String emailFor(String key) {
        return "overdracht-" + key.substring(0, 8) + "@example.nl";
    }

    private static List<TopicRecords.Entry> onCaseEvents(Submission submission) {
        return TopicRecords.read(system, Topics.CASE_EVENTS).stream()
                .filter(entry -> submission.id().equals(entry.key()))
                .toList();
    }

    private static long committed(String group, TopicPartition partition) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafkaBootstrapServers()))) {
            OffsetAndMetadata offset = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().get(partition);
            return offset == null ? 0 : offset.offset();
        }
    }
}
