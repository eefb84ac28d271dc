package nl.gastouderbureau.complaints.intake.web;

import com.fasterxml.jackson.databind.JsonNode;
import nl.gastouderbureau.complaints.events.EventHeaders;
import nl.gastouderbureau.complaints.events.Topics;
import nl.gastouderbureau.complaints.infra.KafkaBroker;
import nl.gastouderbureau.complaints.testsupport.KafkaProbe;
import nl.gastouderbureau.complaints.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a visitor sees when things go wrong: Kafka away during a submission, and too much
 * anonymous feedback from one address. This context has a Kafka broker of its own, so stopping it
 * disturbs no other test in the JVM, and a low feedback rate limit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "complaints.intake.feedback-rate-limit.requests=3",
        "complaints.intake.feedback-rate-limit.period=PT1M",
        "complaints.kafka.ack-timeout=PT3S",
        "spring.kafka.producer.properties.max.block.ms=2000",
        "spring.kafka.producer.properties.request.timeout.ms=1000",
        "spring.kafka.producer.properties.delivery.timeout.ms=2000"})
class IntakeResilienceIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Path kafkaData;
    private static int kafkaPort;
    private static KafkaBroker kafka;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> startKafka().bootstrapServers());
        TestInfrastructure.registerMongo(registry, "intake-resilience-it");
    }

    @LocalServerPort
    int port;

    @AfterAll
    static void stopKafka() throws IOException {
        if (kafka != null) {
            kafka.close();
            FileSystemUtils.deleteRecursively(kafkaData);
        }
    }

    @Test
    void kafkaAwayMeans503WithRetryAfterAndTheRetryWithTheSameKeyIsAcceptedOnce() throws Exception {
        String marker = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();
        String complaint = "{\"subject\":\"Tijdens storing\",\"description\":\"" + marker + "\"}";

        kafka.close();
        HttpResponse<String> duringOutage = postComplaint(complaint, key);

        assertThat(duringOutage.statusCode()).isEqualTo(503);
        assertThat(duringOutage.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
        assertThat(duringOutage.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        startKafka();
        probe().readAll(Topics.SUBMISSIONS, Duration.ofSeconds(30));
        HttpResponse<String> retry = postComplaint(complaint, key);
        HttpResponse<String> again = postComplaint(complaint, key);

        assertThat(retry.statusCode()).isEqualTo(202);
        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(again.body()).isEqualTo(retry.body());
        List<KafkaProbe.TopicRecord> records = probe().readAll(Topics.SUBMISSIONS, Duration.ofSeconds(10)).stream()
                .filter(r -> r.decryptedValue().contains(marker)).toList();
        assertThat(records).hasSize(1);
        JsonNode answer = RunningIntake.JSON.readTree(retry.body());
        assertThat(records.get(0).key()).isEqualTo(answer.get("submissionId").asText());
        assertThat(records.get(0).headers().get(EventHeaders.EVENT_ID)).isNotBlank();
    }

    @Test
    void anonymousFeedbackIsLimitedPerAddressWith429AndRetryAfter() throws Exception {
        String marker = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            assertThat(postFeedback(marker + " " + i).statusCode()).isEqualTo(202);
        }

        HttpResponse<String> refused = postFeedback(marker + " te veel");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        // Three per minute: the next token comes within twenty seconds.
        assertThat(Integer.parseInt(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1, 20);
        assertThat(probe().readAll(Topics.SUBMISSIONS, Duration.ofSeconds(10)).stream()
                .filter(r -> r.decryptedValue().contains(marker))).hasSize(3);
    }

    /** Starts the broker, or starts it again on the same port and data after it was closed. */
    private static synchronized KafkaBroker startKafka() {
        try {
            if (kafka == null) {
                kafkaData = Files.createTempDirectory("intake-outage-kafka-");
                kafka = KafkaBroker.start(0, kafkaData);
                kafkaPort = kafka.port();
            } else if (!isUp()) {
                kafka = KafkaBroker.start(kafkaPort, kafkaData);
            }
            return kafka;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isUp() {
        try (Socket ignored = new Socket("localhost", kafkaPort)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static KafkaProbe probe() {
        return new KafkaProbe(kafka.bootstrapServers());
    }

    private HttpResponse<String> postComplaint(String json, String idempotencyKey) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + ComplaintController.PATH))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("client:client".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postFeedback(String message) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + FeedbackController.PATH))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"kind\":\"TIP\",\"message\":\"" + message + "\",\"submitterRole\":\"PARENT\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
