package nl.gastouderbureau.complaints.intake.web;

import nl.gastouderbureau.complaints.events.EventHeaders;
import nl.gastouderbureau.complaints.events.Topics;
import nl.gastouderbureau.complaints.infra.KafkaCluster;
import nl.gastouderbureau.complaints.testsupport.KafkaProbe;
import nl.gastouderbureau.complaints.testsupport.KafkaProbe.TopicRecord;
import nl.gastouderbureau.complaints.testsupport.ReplicatedKafka;
import nl.gastouderbureau.complaints.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intake on a three-broker cluster (replication factor 3, {@code min.insync.replicas} 2) that
 * loses brokers to SIGKILL: the leader of a partition under load, then a second broker. No
 * submission answered 202 may be missing from the topic, and with one broker left intake answers
 * 503, never 202.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "complaints.intake.feedback-rate-limit.requests=1000000")
@DirtiesContext
class KafkaClusterIT {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaClusterIT.class);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @RegisterExtension
    static final ReplicatedKafka kafka = new ReplicatedKafka();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        kafka.register(registry);
        TestInfrastructure.registerMongo(registry, "intake-cluster-it");
    }

    @LocalServerPort
    int port;

    @AfterEach
    void everyBrokerBack() {
        KafkaCluster cluster = kafka.cluster();
        cluster.brokerIds().stream().filter(id -> !cluster.isRunning(id)).forEach(cluster::restart);
        cluster.awaitFullyReplicated(Topics.SUBMISSIONS, PATIENCE);
    }

    @Test
    void killingAPartitionLeaderUnderLoadLosesNoAcknowledgedSubmission() throws Exception {
        KafkaCluster cluster = kafka.cluster();
        String marker = UUID.randomUUID().toString();
        int leader;
        Map<String, SubmissionLoad.Acknowledged> acknowledged;
        List<String> unexpected;
        try (SubmissionLoad load = new SubmissionLoad(port, marker, 4)) {
            await(() -> load.acknowledgedCount() >= 50, "50 submissions accepted before the kill");
            leader = cluster.leaderOf(Topics.SUBMISSIONS, 0);
            load.mark();
            cluster.kill(leader);
            awaitLeaderOtherThan(cluster, leader);
            await(() -> load.acknowledgedAfterMark() >= 150, "150 submissions accepted after the kill");
            load.close();
            acknowledged = load.acknowledged();
            unexpected = load.unexpected();
            LOG.info("Killed broker {}, leader of {}-0: {} submissions accepted, {} after the kill, {} answers of 503 retried",
                    leader, Topics.SUBMISSIONS, acknowledged.size(), load.acknowledgedAfterMark(), load.refusals());
        }

        assertThat(unexpected).isEmpty();
        Map<String, List<TopicRecord>> onTopic = recordsBySubmission(cluster, marker);
        assertThat(onTopic.keySet()).as("submission ids on the topic, and those answered 202")
                .isEqualTo(acknowledged.keySet());
        acknowledged.values().forEach(accepted -> {
            List<TopicRecord> records = onTopic.get(accepted.submissionId());
            if (accepted.retried()) {
                // A 503 may hide a record Kafka kept after all; the retry sends that same event again.
                assertThat(eventIds(records)).as("event ids of %s", accepted.submissionId()).hasSize(1);
            } else {
                assertThat(records).as("records of %s", accepted.submissionId()).hasSize(1);
            }
        });
        assertThat(acknowledged.values().stream().filter(SubmissionLoad.Acknowledged::afterMark)
                .map(accepted -> onTopic.get(accepted.submissionId()).get(0).partition()))
                .as("partitions written after the kill, the one that lost its leader among them")
                .contains(0);
    }

    @Test
    void withTwoBrokersDownIntakeAnswers503NeverAcceptsAndTheSameKeyIsAcceptedOnceTheyAreBack() throws Exception {
        KafkaCluster cluster = kafka.cluster();
        String marker = UUID.randomUUID().toString();
        int first = cluster.leaderOf(Topics.SUBMISSIONS, 0);
        cluster.kill(first);
        int second = awaitLeaderOtherThan(cluster, first);
        cluster.kill(second);

        // At once, while the controller may still count the second broker in sync, and again once it does not.
        List<String> keys = new ArrayList<>(postAllRefused(marker, 3));
        await(() -> onlyOneInSync(cluster), "the in-sync replicas to shrink to the last broker");
        keys.addAll(postAllRefused(marker, 3));

        cluster.restart(first);
        cluster.restart(second);
        cluster.awaitFullyReplicated(Topics.SUBMISSIONS, PATIENCE);
        Map<String, String> answers = new HashMap<>();
        for (String key : keys) {
            HttpResponse<String> retry = postAsAClientWould(body(marker, key), key);
            HttpResponse<String> again = post(body(marker, key), key);
            assertThat(retry.statusCode()).isEqualTo(202);
            assertThat(again.statusCode()).isEqualTo(202);
            assertThat(again.body()).isEqualTo(retry.body());
            answers.put(key, RunningIntake.JSON.readTree(retry.body()).get("submissionId").asText());
        }

        Map<String, List<TopicRecord>> onTopic = recordsBySubmission(cluster, marker);
        LOG.info("Killed brokers {} and {}: {} submissions refused with 503 and accepted after the restart; "
                        + "Kafka had kept the refused attempt of {} of them as well",
                first, second, keys.size(), onTopic.values().stream().filter(records -> records.size() > 1).count());
        assertThat(onTopic.keySet()).containsExactlyInAnyOrderElementsOf(answers.values());
        onTopic.forEach((submissionId, records) ->
                assertThat(eventIds(records)).as("event ids of %s", submissionId).hasSize(1));
    }

    /** Posts {@code count} submissions at once, each with a fresh key; every one must be refused with 503. */
    private List<String> postAllRefused(String marker, int count) throws Exception {
        List<String> keys = new ArrayList<>();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String key = UUID.randomUUID().toString();
            keys.add(key);
            answers.add(HTTP.sendAsync(request(body(marker, key), key), HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
        }
        return keys;
    }

    private static boolean onlyOneInSync(KafkaCluster cluster) {
        try {
            return cluster.inSyncReplicasOf(Topics.SUBMISSIONS, 0).size() == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static int awaitLeaderOtherThan(KafkaCluster cluster, int gone) {
        AtomicInteger leader = new AtomicInteger(gone);
        await(() -> {
            try {
                leader.set(cluster.leaderOf(Topics.SUBMISSIONS, 0));
                return leader.get() != gone;
            } catch (RuntimeException e) {
                return false;
            }
        }, "a new leader for " + Topics.SUBMISSIONS + "-0");
        return leader.get();
    }

    private static Map<String, List<TopicRecord>> recordsBySubmission(KafkaCluster cluster, String marker) {
        return new KafkaProbe(cluster.bootstrapServers()).readAll(Topics.SUBMISSIONS, Duration.ofSeconds(30)).stream()
                .filter(record -> record.decryptedValue().contains(marker))
                .collect(Collectors.groupingBy(TopicRecord::key));
    }

    private static Set<String> eventIds(List<TopicRecord> records) {
        return records.stream().map(record -> record.headers().get(EventHeaders.EVENT_ID)).collect(Collectors.toSet());
    }

    private static String body(String marker, String key) {
        return "{\"kind\":\"TIP\",\"message\":\"" + marker + " " + key + "\",\"submitterRole\":\"PARENT\"}";
    }

    /**
     * Posts, and while the answer is 503 waits as its {@code Retry-After} says and posts again, for
     * up to {@link #PATIENCE}. Brokers counted in sync by the controller may still be unknown to
     * intake's producer for a moment (its metadata and reconnect backoff), as a real client would
     * see once they are back.
     */
    private HttpResponse<String> postAsAClientWould(String body, String key) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        HttpResponse<String> response = post(body, key);
        while (response.statusCode() == 503 && System.nanoTime() < deadline) {
            long seconds = Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
            LOG.info("Refused again with 503 once the brokers were back; retrying after {} s", seconds);
            Thread.sleep(Duration.ofSeconds(seconds).toMillis());
            response = post(body, key);
        }
        return response;
    }

    private HttpResponse<String> post(String body, String key) throws Exception {
        return HTTP.send(request(body, key), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String body, String key) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + FeedbackController.PATH))
                .timeout(SubmissionLoad.ANSWER_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
