package nl.gastouderbureau.complaints.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.EventCodec;
import nl.gastouderbureau.complaints.events.EventHeaders;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmissionReceived;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.events.Topics;
import nl.gastouderbureau.complaints.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The walking skeleton through the case service: submission in, case out on Kafka and over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseServiceIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static KafkaProducer<String, byte[]> producer;
    private static KafkaConsumer<String, byte[]> forwarded;
    private static final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.registerKafka(registry);
        TestInfrastructure.registerMongo(registry, "cases-it");
        TestInfrastructure.registerPostgres(registry, "cases_it");
    }

    @BeforeAll
    static void connect() {
        String servers = TestInfrastructure.get().kafkaBootstrapServers();
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", servers, "acks", "all"),
                new StringSerializer(), new ByteArraySerializer());
        forwarded = new KafkaConsumer<>(Map.of("bootstrap.servers", servers, "group.id", "case-service-it-" + UUID.randomUUID()),
                new StringDeserializer(), new ByteArrayDeserializer());
    }

    @AfterAll
    static void disconnect() {
        producer.close();
        forwarded.close();
    }

    @Test
    void aFeedbackSubmissionBecomesACaseStaffCanReadAndOneEventOnTheCaseTopic() throws Exception {
        SubmissionReceived submission = submission(SubmissionKind.IDEA);

        publish(0, submission, "correlation-" + submission.submissionId());

        HttpResponse<String> response = awaitCase(submission.submissionId());
        JsonNode view = JSON.readTree(response.body());
        assertThat(response.headers().firstValue("ETag")).hasValue("\"0\"");
        assertThat(view.path("id").asText()).isEqualTo(submission.submissionId());
        assertThat(view.path("reference").asText()).isEqualTo(submission.reference());
        assertThat(view.path("kind").asText()).isEqualTo("IDEA");
        assertThat(view.path("status").asText()).isEqualTo("OPEN");
        assertThat(view.path("version").asLong()).isZero();
        assertThat(Instant.parse(view.path("respondBy").asText())).isEqualTo("2026-12-08T10:00:00.123Z");
        assertThat(view.path("overdue").asBoolean()).isFalse();
        assertThat(view.path("handlerId").isNull()).isTrue();
        assertThat(view.path("verdict").isNull()).isTrue();
        assertThat(view.path("correctiveActions").isEmpty()).isTrue();
        assertThat(view.path("timeline").get(0).path("type").asText()).isEqualTo("FeedbackCaseOpened");
        assertThat(view.path("category").asText()).isEqualTo("COMMUNICATION");
        assertThat(view.path("message").asText()).isEqualTo("Het ophalen kan vlotter");

        ConsumerRecord<String, byte[]> record = awaitForwarded(r -> submission.submissionId().equals(r.key()));
        assertThat(header(record, EventHeaders.EVENT_ID)).isNotBlank();
        assertThat(header(record, EventHeaders.EVENT_TYPE)).isEqualTo("FeedbackCaseOpened");
        assertThat(header(record, EventHeaders.SCHEMA_VERSION)).isEqualTo("1");
        assertThat(header(record, EventHeaders.OCCURRED_AT)).isNotBlank();
        assertThat(header(record, EventHeaders.CORRELATION_ID)).isEqualTo("correlation-" + submission.submissionId());
        assertThat(JSON.readTree(record.value()).path("respondBy").asText()).isEqualTo("2026-12-08T10:00:00.123456Z");
    }

    @Test
    void aSubmissionDeliveredTwiceOpensOneCaseAndForwardsOneEvent() throws Exception {
        SubmissionReceived twice = submission(SubmissionKind.TIP);
        SubmissionReceived after = submission(SubmissionKind.REMARK);

        // One partition keeps the order: once the later submission is forwarded, so is all before it.
        ProducerRecord<String, byte[]> record = record(1, twice, "correlation-twice");
        producer.send(record).get();
        producer.send(record).get();
        publish(1, after, "correlation-after");

        awaitForwarded(r -> after.submissionId().equals(r.key()));
        readCaseTopicToItsEnd();
        assertThat(seen).filteredOn(r -> twice.submissionId().equals(r.key())).hasSize(1);
        assertThat(JSON.readTree(awaitCase(twice.submissionId()).body()).path("timeline")).hasSize(1);
    }

    @Test
    void onlyStaffReadCases() throws Exception {
        assertThat(get("/api/v1/cases/anything", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/cases/anything", "client").statusCode()).isEqualTo(403);
    }

    @Test
    void anUnknownCaseIsAProblem() throws Exception {
        HttpResponse<String> response = get("/api/v1/cases/" + UUID.randomUUID(), "staff");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    private static SubmissionReceived submission(SubmissionKind kind) {
        return new SubmissionReceived(UUID.randomUUID().toString(), "FB-2026-0042", kind, Channel.WEB_FORM,
                SubmitterRole.PARENT, Category.COMMUNICATION, Language.NL, null, "Het ophalen kan vlotter",
                null, null, null, false, null, Instant.parse("2026-11-24T10:00:00.123456Z"));
    }

    private static void publish(int partition, SubmissionReceived submission, String correlationId) throws Exception {
        producer.send(record(partition, submission, correlationId)).get();
    }

    private static ProducerRecord<String, byte[]> record(int partition, SubmissionReceived submission, String correlationId) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.SUBMISSIONS, partition,
                submission.submissionId(), EventCodec.toJson(submission));
        addHeader(record, EventHeaders.EVENT_ID, UUID.randomUUID().toString());
        addHeader(record, EventHeaders.EVENT_TYPE, "SubmissionReceived");
        addHeader(record, EventHeaders.SCHEMA_VERSION, "1");
        addHeader(record, EventHeaders.OCCURRED_AT, submission.receivedAt().toString());
        addHeader(record, EventHeaders.CORRELATION_ID, correlationId);
        return record;
    }

    private static void addHeader(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> awaitCase(String caseId) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        HttpResponse<String> response = get("/api/v1/cases/" + caseId, "staff");
        while (response.statusCode() == 404 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            response = get("/api/v1/cases/" + caseId, "staff");
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    /** Reads the case topic from its start, keeping what it saw, until a record matches. */
    private static ConsumerRecord<String, byte[]> awaitForwarded(Predicate<ConsumerRecord<String, byte[]>> wanted) {
        if (forwarded.assignment().isEmpty()) {
            List<TopicPartition> partitions = forwarded.partitionsFor(Topics.CASE_EVENTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            forwarded.assign(partitions);
            forwarded.seekToBeginning(partitions);
        }
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            forwarded.poll(Duration.ofMillis(200)).forEach(seen::add);
            for (ConsumerRecord<String, byte[]> record : seen) {
                if (wanted.test(record)) {
                    return record;
                }
            }
        }
        throw new AssertionError("No matching record on " + Topics.CASE_EVENTS + " within " + PATIENCE);
    }

    /** The forwarder waits for each ack, so what was forwarded before a record is in the topic by now. */
    private static void readCaseTopicToItsEnd() {
        Map<TopicPartition, Long> ends = forwarded.endOffsets(forwarded.assignment());
        while (ends.entrySet().stream().anyMatch(end -> forwarded.position(end.getKey()) < end.getValue())) {
            forwarded.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            String credentials = user + ":" + user;
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
