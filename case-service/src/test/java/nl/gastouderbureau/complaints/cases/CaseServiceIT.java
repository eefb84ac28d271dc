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
import nl.gastouderbureau.complaints.events.SubmitterReplyReceived;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case service as a whole: submissions in, cases out on Kafka, and the staff and client API
 * over HTTP with the local accounts, through the real command bus, event store and projection.
 */
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
    void onlyStaffReadCasesAndOnlyClientsTheirOwn() throws Exception {
        assertThat(get("/api/v1/cases/anything", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/cases/anything", "client").statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/my/cases", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/my/cases", "staff").statusCode()).isEqualTo(403);
    }

    @Test
    void anUnknownCaseIsAProblem() throws Exception {
        HttpResponse<String> response = get("/api/v1/cases/" + UUID.randomUUID(), "staff");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }


    @Test
    void aComplaintWalksFromFilingThroughDecisionSatisfactionAndReferralToTheRuling() throws Exception {
        SubmissionReceived filed = complaint();
        publish(2, filed, "correlation-" + filed.submissionId());
        String id = filed.submissionId();
        String path = "/api/v1/cases/" + id;

        JsonNode fresh = JSON.readTree(awaitCase(id).body());
        assertThat(fresh.path("status").asText()).isEqualTo("FILED");
        assertThat(fresh.path("clientAccount").asText()).isEqualTo("client");
        assertThat(Instant.parse(fresh.path("handleBy").asText())).isEqualTo("2026-12-08T10:00:00.123Z");
        assertThat(Instant.parse(fresh.path("legalLimit").asText())).isEqualTo("2027-01-05T10:00:00.123Z");
        String version = etag(get(path, "staff"));

        HttpResponse<String> involved = post(path + "/handler", "staff", version, "{\"handlerId\":\" MARIEKE \"}");
        assertProblem(involved, 409, "HANDLER_IS_INVOLVED");
        assertThat(etag(get(path, "staff"))).isEqualTo(version);

        HttpResponse<String> assigned = post(path + "/handler", "staff", "\"" + version + "\"", "{\"handlerId\":\"henk\"}");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        String afterAssignment = etag(assigned);
        assertThat(Long.parseLong(afterAssignment)).isGreaterThan(Long.parseLong(version));
        assertThat(JSON.readTree(assigned.body()).path("version").asText()).isEqualTo(afterAssignment);
        JsonNode read = JSON.readTree(get(path, "staff").body());
        assertThat(read.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(read.path("handlerId").asText()).isEqualTo("henk");
        assertThat(read.path("version").asText()).isEqualTo(afterAssignment);
        JsonNode assignment = read.path("timeline").get(read.path("timeline").size() - 1);
        assertThat(assignment.path("type").asText()).isEqualTo("HandlerAssigned");
        assertThat(assignment.path("actor").asText()).isEqualTo("staff");
        assertThat(assignment.path("role").asText()).isEqualTo("STAFF");

        assertProblem(post(path + "/category", "staff", version, "{\"category\":\"SAFETY\"}"), 409, "VERSION_CONFLICT");
        assertThat(etag(get(path, "staff"))).isEqualTo(afterAssignment);

        HttpResponse<String> decided = post(path + "/decision", "staff", afterAssignment, """
                {"verdict":"PARTLY_WELL_FOUNDED","reasoning":"De overdracht ging mis <b>twee keer</b>.",
                 "correctiveActions":[{"description":"Overdrachtsformulier invoeren","owner":"Henk","dueOn":"2027-01-31"}]}""");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        JsonNode decision = JSON.readTree(get(path, "staff").body());
        assertThat(decision.path("status").asText()).isEqualTo("DECIDED");
        assertThat(decision.path("verdict").asText()).isEqualTo("PARTLY_WELL_FOUNDED");
        assertThat(decision.path("correctiveActions").get(0).path("id").asText()).isNotBlank();
        assertThat(decision.path("correctiveActions").get(0).path("done").asBoolean()).isFalse();

        String mine = "/api/v1/my/cases/" + id;
        assertThat(get(mine, "client2").statusCode()).isEqualTo(404);
        assertThat(post(mine + "/satisfaction", "client2", null, "{\"satisfied\":false}").statusCode()).isEqualTo(404);
        HttpResponse<String> own = get(mine, "client");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(own.body()).has("handlerId")).isFalse();
        assertThat(JSON.readTree(get("/api/v1/my/cases", "client").body()).path("items"))
                .anySatisfy(item -> assertThat(item.path("id").asText()).isEqualTo(id));

        HttpResponse<String> unsatisfied = post(mine + "/satisfaction", "client", etag(own), "{\"satisfied\":false,\"comment\":\"Te weinig\"}");
        assertThat(unsatisfied.statusCode()).as(unsatisfied.body()).isEqualTo(200);
        assertThat(JSON.readTree(unsatisfied.body()).path("satisfaction").path("satisfied").asBoolean()).isFalse();

        HttpResponse<String> referred = post(mine + "/disputes-committee-referral", "client", etag(unsatisfied), "{\"committeeReference\":null}");
        assertThat(referred.statusCode()).as(referred.body()).isEqualTo(200);
        assertThat(JSON.readTree(get(mine, "client").body()).path("status").asText()).isEqualTo("REFERRED");
        assertProblem(post(mine + "/disputes-committee-referral", "client", null, "{}"), 409, "REFERRAL_ALREADY_MADE");

        HttpResponse<String> ruled = post(path + "/disputes-committee-ruling", "staff", null,
                "{\"ruling\":\"De klacht is gegrond.\",\"receivedOn\":\"2027-02-01\"}");
        assertThat(ruled.statusCode()).as(ruled.body()).isEqualTo(200);
        JsonNode ruling = JSON.readTree(get(path, "staff").body());
        assertThat(ruling.path("ruling").path("ruling").asText()).isEqualTo("De klacht is gegrond.");

        JsonNode dossier = JSON.readTree(get(path + "/dossier", "staff").body());
        List<String> types = new ArrayList<>();
        dossier.path("caseView").path("timeline").forEach(entry -> types.add(entry.path("type").asText()));
        assertThat(types).containsSubsequence("ComplaintFiled", "HandlerAssigned", "ComplaintDecided",
                "ClientSatisfactionRecorded", "ReferredToDisputesCommittee", "DisputesCommitteeRulingRecorded");
        assertThat(dossier.path("caseView").path("version").asLong()).isEqualTo(ruling.path("version").asLong());
        HttpResponse<String> printable = send("GET", path + "/dossier", "staff", null, null, "text/html");
        assertThat(printable.statusCode()).isEqualTo(200);
        assertThat(printable.body()).contains("Dossier " + filed.reference(), "gedeeltelijk gegrond",
                "Overdrachtsformulier invoeren", "&lt;b&gt;twee keer&lt;/b&gt;").doesNotContain("<b>twee keer</b>");
    }

    @Test
    void staffRespondToFeedbackAndFindItByFilter() throws Exception {
        SubmissionReceived idea = submission(SubmissionKind.IDEA);
        publish(0, idea, "correlation-" + idea.submissionId());
        String path = "/api/v1/cases/" + idea.submissionId();
        String version = etag(awaitCase(idea.submissionId()));

        assertProblem(post(path + "/feedback-response", "staff", version, "{\"outcome\":\"SOMEDAY\"}"), 400, null);
        HttpResponse<String> responded = post(path + "/feedback-response", "staff", version,
                "{\"outcome\":\"ADOPTED\",\"message\":\"Dank je, we gaan het doen.\"}");

        assertThat(responded.statusCode()).as(responded.body()).isEqualTo(200);
        JsonNode view = JSON.readTree(get(path, "staff").body());
        assertThat(view.path("status").asText()).isEqualTo("RESPONDED");
        assertThat(view.path("feedbackResponse").path("outcome").asText()).isEqualTo("ADOPTED");
        assertProblem(post(path + "/feedback-response", "staff", null, "{\"outcome\":\"NOTED\",\"message\":\"Nog eens\"}"),
                409, "ALREADY_RESPONDED");
        JsonNode found = JSON.readTree(get("/api/v1/cases?status=RESPONDED&kind=IDEA&overdue=false&text=OPHALEN&size=100", "staff").body());
        assertThat(found.path("items")).anySatisfy(item -> assertThat(item.path("id").asText()).isEqualTo(idea.submissionId()));
        assertThat(found.path("total").asLong()).isEqualTo(found.path("items").size());
        JsonNode none = JSON.readTree(get("/api/v1/cases?status=RESPONDED&text=nergens-te-vinden", "staff").body());
        assertThat(none.path("total").asLong()).isZero();
    }

    @Test
    void aMailedRemarkAskingForContactGetsATaskRepliesJoinItOnceAndStaffRecordTheCall() throws Exception {
        // Received now, so contactBy lies two days ahead and no deadline fires during the test.
        Instant receivedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        SubmissionReceived remark = new SubmissionReceived(UUID.randomUUID().toString(), "FB-2026-0043", SubmissionKind.REMARK,
                Channel.EMAIL, SubmitterRole.NEIGHBOUR, null, Language.NL, "Het hek", "Het hek staat open, bel me even",
                null, null, null, true, null, receivedAt, 2);
        String id = remark.submissionId();
        String path = "/api/v1/cases/" + id;
        publish(0, remark, "correlation-" + id);

        // The opening and the request are two events; the projection shows them one by one.
        JsonNode opened = awaitVersion(id, 1);
        assertThat(opened.path("attachmentCount").asInt()).isEqualTo(2);
        assertThat(opened.path("personalContact").path("open").asBoolean()).isTrue();
        assertThat(Instant.parse(opened.path("personalContact").path("contactBy").asText()))
                .isEqualTo(receivedAt.plus(Duration.ofDays(2)));
        assertThat(ids(get("/api/v1/cases?contactRequested=true&size=100", "staff"))).contains(id);

        SubmitterReplyReceived reply = new SubmitterReplyReceived("reply-" + id, id, remark.reference(), Channel.EMAIL,
                "Re: [FB-2026-0043]", "Het hek is nog steeds open", 1, receivedAt.plusSeconds(60));
        publishReply(0, reply);
        publishReply(0, reply);
        publishReply(0, new SubmitterReplyReceived("reply-ghost", UUID.randomUUID().toString(), "FB-2026-9999",
                Channel.EMAIL, "Re: [FB-2026-9999]", "Voor een zaak die er niet is", 0, receivedAt));
        SubmitterReplyReceived later = new SubmitterReplyReceived("reply-later-" + id, id, remark.reference(), Channel.EMAIL,
                "Re: [FB-2026-0043]", "En nog iets", 0, receivedAt.plusSeconds(120));
        publishReply(0, later);

        // In order on one partition: once the later reply is there, the redelivery and the unknown case were handled.
        awaitForwarded(r -> id.equals(r.key()) && "SubmitterMessageAdded".equals(header(r, EventHeaders.EVENT_TYPE))
                && new String(r.value(), StandardCharsets.UTF_8).contains(later.replyId()));
        JsonNode withReplies = JSON.readTree(get(path, "staff").body());
        List<JsonNode> messages = new ArrayList<>();
        withReplies.path("timeline").forEach(entry -> {
            if (entry.path("type").asText().equals("SubmitterMessageAdded")) {
                messages.add(entry);
            }
        });
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).path("actor").asText()).isEqualTo("submitter");
        assertThat(messages.get(0).path("message").asText()).isEqualTo("Het hek is nog steeds open");
        assertThat(messages.get(0).path("attachmentCount").asInt()).isEqualTo(1);

        String version = etag(get(path, "staff"));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        assertProblem(post(path + "/contact", "staff", version, "{\"contactedOn\":\"" + today + "\",\"how\":\"FAX\"}"), 400, null);
        HttpResponse<String> recorded = post(path + "/contact", "staff", version,
                "{\"contactedOn\":\"" + today + "\",\"how\":\"PHONE\",\"summary\":\"Gebeld; het hek wordt gerepareerd.\"}");

        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        assertThat(Long.parseLong(etag(recorded))).isEqualTo(Long.parseLong(version) + 1);
        JsonNode afterContact = JSON.readTree(get(path, "staff").body());
        assertThat(afterContact.path("personalContact").path("open").asBoolean()).isFalse();
        assertThat(afterContact.path("personalContact").path("late").asBoolean()).isFalse();
        assertThat(afterContact.path("personalContact").path("how").asText()).isEqualTo("PHONE");
        assertThat(afterContact.path("personalContact").path("summary").asText()).isEqualTo("Gebeld; het hek wordt gerepareerd.");
        assertThat(ids(get("/api/v1/cases?contactRequested=true&size=100", "staff"))).doesNotContain(id);
        assertProblem(post(path + "/contact", "staff", version,
                "{\"contactedOn\":\"" + today + "\",\"how\":\"MEETING\",\"summary\":\"Nog een keer\"}"), 409, "VERSION_CONFLICT");

        ConsumerRecord<String, byte[]> contact = awaitForwarded(r -> id.equals(r.key())
                && "PersonalContactRecorded".equals(header(r, EventHeaders.EVENT_TYPE)));
        assertThat(header(contact, EventHeaders.CORRELATION_ID)).isNotBlank();
        List<String> types = new ArrayList<>();
        seen.stream().filter(r -> id.equals(r.key())).forEach(r -> types.add(header(r, EventHeaders.EVENT_TYPE)));
        assertThat(types).containsExactly("FeedbackCaseOpened", "PersonalContactRequested", "SubmitterMessageAdded",
                "SubmitterMessageAdded", "PersonalContactRecorded");
    }

    @Test
    void aCommandOnAnUnknownCaseIsNotFound() throws Exception {
        HttpResponse<String> response = post("/api/v1/cases/" + UUID.randomUUID() + "/category", "staff", null, "{\"category\":\"SAFETY\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    private static SubmissionReceived submission(SubmissionKind kind) {
        return new SubmissionReceived(UUID.randomUUID().toString(), "FB-2026-0042", kind, Channel.WEB_FORM,
                SubmitterRole.PARENT, Category.COMMUNICATION, Language.NL, null, "Het ophalen kan vlotter",
                null, null, null, false, null, Instant.parse("2026-11-24T10:00:00.123456Z"));
    }


    private static SubmissionReceived complaint() {
        return new SubmissionReceived(UUID.randomUUID().toString(), "KL-2026-0042", SubmissionKind.COMPLAINT, Channel.WEB_FORM,
                SubmitterRole.PARENT, Category.CARE_QUALITY, Language.NL, "Overdracht", "Er werd niets doorgegeven over de koorts.",
                null, "client", null, false,
                new SubmissionReceived.ComplaintDetails("Marieke", LocalDate.parse("2026-11-20"), "Een betere overdracht"),
                Instant.parse("2026-11-24T10:00:00.123456Z"));
    }

    private static String etag(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return response.headers().firstValue("ETag").orElseThrow().replace("\"", "");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String rule) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        if (rule != null) {
            assertThat(JSON.readTree(response.body()).path("rule").asText()).isEqualTo(rule);
        }
    }

    private HttpResponse<String> post(String path, String user, String ifMatch, String json) throws Exception {
        return send("POST", path, user, ifMatch, json, "application/json");
    }

    private HttpResponse<String> send(String method, String path, String user, String ifMatch, String json, String accept)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        String credentials = user + ":" + user;
        request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void publish(int partition, SubmissionReceived submission, String correlationId) throws Exception {
        producer.send(record(partition, submission, correlationId)).get();
    }

    private static void publishReply(int partition, SubmitterReplyReceived reply) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.SUBMISSIONS, partition, reply.caseId(),
                EventCodec.toJson(reply));
        addHeader(record, EventHeaders.EVENT_ID, UUID.randomUUID().toString());
        addHeader(record, EventHeaders.EVENT_TYPE, "SubmitterReplyReceived");
        addHeader(record, EventHeaders.SCHEMA_VERSION, "1");
        addHeader(record, EventHeaders.OCCURRED_AT, reply.receivedAt().toString());
        addHeader(record, EventHeaders.CORRELATION_ID, "correlation-" + reply.replyId());
        producer.send(record).get();
    }

    private static List<String> ids(HttpResponse<String> list) throws Exception {
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        JSON.readTree(list.body()).path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
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

    private JsonNode awaitVersion(String caseId, long version) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        JsonNode view = JSON.readTree(awaitCase(caseId).body());
        while (view.path("version").asLong() < version && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            view = JSON.readTree(get("/api/v1/cases/" + caseId, "staff").body());
        }
        assertThat(view.path("version").asLong()).isGreaterThanOrEqualTo(version);
        return view;
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
