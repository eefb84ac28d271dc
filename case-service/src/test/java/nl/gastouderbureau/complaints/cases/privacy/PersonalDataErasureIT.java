package nl.gastouderbureau.complaints.cases.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.Contact;
import nl.gastouderbureau.complaints.events.EventCodec;
import nl.gastouderbureau.complaints.events.EventHeaders;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmissionReceived;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.events.Topics;
import nl.gastouderbureau.complaints.support.privacy.MongoSubjectKeys;
import nl.gastouderbureau.complaints.testsupport.TestInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * P2 and P3 in the case service: an erasure request and the retention period take the personal
 * texts out of the event store (its raw bytes) and the projection, and leave the case's history.
 * Retention is two seconds here, so a case closed in this test is erased by it within a few.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "complaints.privacy.retention=PT2S", "complaints.privacy.retention-check=PT1S"})
class PersonalDataErasureIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static KafkaProducer<String, byte[]> producer;

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;
    @Autowired
    private MongoSubjectKeys keys;
    @Autowired
    private JdbcTemplate jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.registerKafka(registry);
        TestInfrastructure.registerMongo(registry, "cases-erasure-it");
        TestInfrastructure.registerPostgres(registry, "cases_erasure_it");
    }

    @BeforeAll
    static void connect() {
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", TestInfrastructure.get().kafkaBootstrapServers(),
                "acks", "all"), new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void disconnect() {
        producer.close();
    }

    @Test
    void anErasureRequestLeavesNoPersonalTextInTheEventStoreOrTheCaseAndKeepsItsHistory() throws Exception {
        String canary = canary();
        String subject = subjectId();
        String caseId = openInformalComplaint(subject, canary);
        JsonNode opened = awaitCase(caseId, view -> true);
        assertThat(opened.path("dataSubjectId").asText()).isEqualTo(subject);
        assertThat(opened.path("message").asText()).contains(canary);
        HttpResponse<String> held = send("POST", "/api/v1/cases/" + caseId + "/conversation", "staff",
                "{\"heldOn\":\"2026-11-25\",\"outcome\":\"UNRESOLVED\",\"summary\":\"Gesprek " + canary + "\"}");
        assertThat(held.statusCode()).as(held.body()).isEqualTo(200);
        assertThat(eventStoreBytesOf(caseId)).as("ciphertext only, also before erasure").doesNotContain(canary).contains("\"enc\"");

        HttpResponse<String> erased = send("DELETE", "/api/v1/data-subjects/" + subject, "staff", null);

        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(204);
        JsonNode view = awaitCase(caseId, v -> v.has("personalDataErased"));
        assertThat(view.toString()).doesNotContain(canary);
        assertThat(view.path("message").isNull()).isTrue();
        assertThat(view.path("conversation").path("summary").isNull()).isTrue();
        assertThat(view.path("conversation").path("outcome").asText()).isEqualTo("UNRESOLVED");
        assertThat(view.path("status").asText()).isEqualTo("AWAITING_FORMAL_COMPLAINT");
        assertThat(view.path("personalDataErased").path("reason").asText()).isEqualTo("ERASURE_REQUEST");
        JsonNode last = view.path("timeline").get(view.path("timeline").size() - 1);
        assertThat(last.path("type").asText()).isEqualTo("PersonalDataErased");
        assertThat(last.path("actor").asText()).isEqualTo("staff");
        assertThat(keys.forReading(caseId)).isEmpty();
        JsonNode dossier = JSON.readTree(send("GET", "/api/v1/cases/" + caseId + "/dossier", "staff", null).body());
        assertThat(dossier.toString()).doesNotContain(canary).contains("InformalConversationHeld");

        HttpResponse<String> again = send("DELETE", "/api/v1/data-subjects/" + subject, "staff", null);
        assertThat(again.statusCode()).isEqualTo(204);
        assertThat(send("POST", "/api/v1/cases/" + caseId + "/category", "staff", "{\"category\":\"SAFETY\"}").statusCode())
                .as("the case still loads and takes commands").isEqualTo(200);
        JsonNode after = awaitCase(caseId, v -> "SAFETY".equals(v.path("category").asText()));
        assertThat(after.path("timeline").findValuesAsText("type")).containsOnlyOnce("PersonalDataErased");
    }

    @Test
    void onlyStaffErasesAndAnUnknownOrMalformedSubjectIsAnswered() throws Exception {
        assertThat(send("DELETE", "/api/v1/data-subjects/" + subjectId(), "staff", null).statusCode()).isEqualTo(404);
        HttpResponse<String> malformed = send("DELETE", "/api/v1/data-subjects/oma@example.nl", "staff", null);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("\"field\":\"id\"");
        assertThat(send("DELETE", "/api/v1/data-subjects/" + subjectId(), "client", null).statusCode()).isEqualTo(403);
        assertThat(send("DELETE", "/api/v1/data-subjects/" + subjectId(), "manager", null).statusCode()).isEqualTo(403);
        assertThat(send("DELETE", "/api/v1/data-subjects/" + subjectId(), null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void retentionErasesACaseClosedLongerThanTheSetPeriodOnceAndLeavesAnOpenOne() throws Exception {
        String canary = canary();
        String subject = subjectId();
        String closing = openInformalComplaint(subject, canary);
        String staysOpen = openInformalComplaint(subject, canary);
        awaitCase(closing, view -> true);
        awaitCase(staysOpen, view -> true);

        HttpResponse<String> resolved = send("POST", "/api/v1/cases/" + closing + "/conversation", "staff",
                "{\"heldOn\":\"2026-11-25\",\"outcome\":\"RESOLVED\",\"summary\":\"Opgelost " + canary + "\"}");
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);

        JsonNode erased = awaitCase(closing, view -> view.has("personalDataErased"));
        assertThat(erased.path("personalDataErased").path("reason").asText()).isEqualTo("RETENTION");
        assertThat(erased.toString()).doesNotContain(canary);
        assertThat(eventStoreBytesOf(closing)).doesNotContain(canary);
        assertThat(keys.forReading(closing)).isEmpty();
        JsonNode last = erased.path("timeline").get(erased.path("timeline").size() - 1);
        assertThat(last.path("actor").asText()).isEqualTo("system");
        Thread.sleep(2_500);
        assertThat(awaitCase(closing, view -> true).path("timeline").findValuesAsText("type"))
                .as("retention erases once, however often it checks").containsOnlyOnce("PersonalDataErased");
        JsonNode open = awaitCase(staysOpen, view -> true);
        assertThat(open.has("personalDataErased")).isFalse();
        assertThat(open.path("message").asText()).contains(canary);
        assertThat(keys.forReading(staysOpen)).isPresent();
    }

    private String openInformalComplaint(String subject, String canary) throws Exception {
        String caseId = UUID.randomUUID().toString();
        keys.create(caseId, subject);
        Instant receivedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        SubmissionReceived submission = new SubmissionReceived(caseId, "KL-2026-" + caseId.substring(0, 4),
                SubmissionKind.INFORMAL_COMPLAINT, Channel.PHONE, SubmitterRole.PARENT, null, Language.NL, null,
                "Klacht van " + canary, new Contact("Naam " + canary, canary + "@example.nl", "06" + canary.hashCode()),
                "client", null, false, null, receivedAt);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.SUBMISSIONS, caseId, EventCodec.toJson(submission));
        header(record, EventHeaders.EVENT_ID, UUID.randomUUID().toString());
        header(record, EventHeaders.EVENT_TYPE, "SubmissionReceived");
        header(record, EventHeaders.SCHEMA_VERSION, "1");
        header(record, EventHeaders.OCCURRED_AT, receivedAt.toString());
        producer.send(record).get();
        return caseId;
    }

    /** Every byte the event store keeps of the case, as text. */
    private String eventStoreBytesOf(String caseId) {
        List<byte[]> payloads = jdbc.queryForList(
                "SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = ?", byte[].class, caseId);
        assertThat(payloads).isNotEmpty();
        StringBuilder all = new StringBuilder();
        payloads.forEach(payload -> all.append(new String(payload, StandardCharsets.UTF_8)));
        return all.toString();
    }

    private JsonNode awaitCase(String caseId, Predicate<JsonNode> wanted) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            HttpResponse<String> response = send("GET", "/api/v1/cases/" + caseId, "staff", null);
            if (response.statusCode() == 200 && wanted.test(JSON.readTree(response.body()))) {
                return JSON.readTree(response.body());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Case " + caseId + " not as expected within " + PATIENCE + ": " + response.body());
            }
            Thread.sleep(100);
        }
    }

    private HttpResponse<String> send(String method, String path, String user, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String canary() {
        return "kanarie" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String subjectId() {
        byte[] random = new byte[16];
        new java.security.SecureRandom().nextBytes(random);
        return "ds-" + HexFormat.of().formatHex(random);
    }
}
