package nl.gastouderbureau.complaints.intake.web;

import com.fasterxml.jackson.databind.JsonNode;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.EventCodec;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmissionReceived;
import nl.gastouderbureau.complaints.testsupport.KafkaProbe;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SubmissionApiIT extends RunningIntake {

    private static final String COMPLAINTS = ComplaintController.PATH;
    private static final String STAFF = StaffSubmissionController.PATH;

    @Test
    void aClientsComplaintIsPublishedWithTheAccountAndAnsweredWithHandleBy() throws Exception {
        String marker = UUID.randomUUID().toString();
        String informalCase = UUID.randomUUID().toString();
        HttpResponse<String> response = post(COMPLAINTS, "client", """
                {"subject":"Opvang te laat","description":"Mijn kind werd te laat opgehaald %s",
                 "involvedEmployee":"Petra","occurredOn":"2026-01-05","desiredOutcome":"Excuses",
                 "informalCaseId":"%s"}""".formatted(marker, informalCase), Map.of());

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode body = body(response);
        assertThat(body.get("reference").asText()).matches("KL-\\d{4}-\\d{4,}");
        assertThat(body.has("respondBy")).isFalse();
        assertThat(Instant.parse(body.get("handleBy").asText()))
                .isCloseTo(Instant.now().plus(Duration.ofDays(14)), within(Duration.ofMinutes(1)));

        SubmissionReceived event = onlyEventContaining(marker);
        assertThat(event.submissionId()).isEqualTo(body.get("submissionId").asText());
        assertThat(event.kind()).isEqualTo(SubmissionKind.COMPLAINT);
        assertThat(event.channel()).isEqualTo(Channel.WEB_FORM);
        assertThat(event.clientAccount()).isEqualTo("client");
        assertThat(event.subject()).isEqualTo("Opvang te laat");
        assertThat(event.message()).startsWith("Mijn kind werd te laat opgehaald");
        assertThat(event.linkedCaseId()).isEqualTo(informalCase);
        assertThat(event.complaint()).isEqualTo(new SubmissionReceived.ComplaintDetails("Petra",
                LocalDate.of(2026, 1, 5), "Excuses"));
    }

    @Test
    void onlyALoggedInClientCanFileAComplaint() throws Exception {
        String marker = UUID.randomUUID().toString();
        String complaint = "{\"subject\":\"s\",\"description\":\"" + marker + "\"}";

        HttpResponse<String> anonymous = post(COMPLAINTS, null, complaint, Map.of());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(post(COMPLAINTS, "staff", complaint, Map.of()).statusCode()).isEqualTo(403);
        assertThat(post(COMPLAINTS, "manager", complaint, Map.of()).statusCode()).isEqualTo(403);
        assertThat(recordsContaining(marker)).isEmpty();
    }

    @Test
    void aComplaintWrongInEveryFieldNamesEveryFieldAndPublishesNothing() throws Exception {
        String marker = UUID.randomUUID().toString();
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1).toString();
        HttpResponse<String> response = post(COMPLAINTS, "client", """
                {"subject":"%s","description":" ","involvedEmployee":"%s","occurredOn":"%s",
                 "desiredOutcome":"%s","informalCaseId":"case-1","category":"FOOD","language":"fr","marker":"%s"}"""
                .formatted("s".repeat(201), "e".repeat(201), tomorrow, "d".repeat(5001), marker), Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(fieldsAtFault(response)).containsExactlyInAnyOrder("subject", "description", "involvedEmployee",
                "occurredOn", "desiredOutcome", "informalCaseId", "category", "language");
        assertThat(recordsContaining(marker)).isEmpty();
    }

    @Test
    void aDescriptionOfTenThousandCharactersIsAcceptedAndOneMoreIsRefused() throws Exception {
        String longest = "x".repeat(10_000);
        assertThat(post(COMPLAINTS, "client", "{\"subject\":\"s\",\"description\":\"" + longest + "\"}", Map.of())
                .statusCode()).isEqualTo(202);

        HttpResponse<String> tooLong = post(COMPLAINTS, "client",
                "{\"subject\":\"s\",\"description\":\"" + longest + "y\",\"occurredOn\":\"5 januari\"}", Map.of());
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(fieldsAtFault(tooLong)).containsExactly("description", "occurredOn");
    }

    @Test
    void staffRecordAnInformalComplaintForAClientWithoutADeadline() throws Exception {
        String marker = UUID.randomUUID().toString();
        HttpResponse<String> response = post(STAFF, "staff", """
                {"kind":"INFORMAL_COMPLAINT","channel":"PHONE","submitterRole":"PARENT","message":"Belde boos op %s",
                 "contact":{"name":"Mw. de Vries","phone":"+31 6 1234 5678"},"clientAccount":"client"}"""
                .formatted(marker), Map.of());

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode body = body(response);
        assertThat(body.get("reference").asText()).matches("KL-\\d{4}-\\d{4,}");
        assertThat(body.has("respondBy")).isFalse();
        assertThat(body.has("handleBy")).isFalse();
        SubmissionReceived event = onlyEventContaining(marker);
        assertThat(event.kind()).isEqualTo(SubmissionKind.INFORMAL_COMPLAINT);
        assertThat(event.channel()).isEqualTo(Channel.PHONE);
        assertThat(event.clientAccount()).isEqualTo("client");
        assertThat(event.contact().phone()).isEqualTo("+31 6 1234 5678");
    }

    @Test
    void staffRecordFeedbackReceivedByMailWithRespondBy() throws Exception {
        String marker = UUID.randomUUID().toString();
        HttpResponse<String> response = post(STAFF, "staff", """
                {"kind":"IDEA","channel":"EMAIL","submitterRole":"NEIGHBOUR","message":"Een idee %s",
                 "contact":{"email":"buur@example.nl"}}""".formatted(marker), Map.of());

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(body(response).get("reference").asText()).startsWith("FB-");
        assertThat(body(response).has("respondBy")).isTrue();
        assertThat(onlyEventContaining(marker).channel()).isEqualTo(Channel.EMAIL);
    }

    @Test
    void staffCannotRecordWebFormsOrFormalComplaintsAndAnInformalComplaintNeedsTheClient() throws Exception {
        String marker = UUID.randomUUID().toString();
        HttpResponse<String> webForm = post(STAFF, "staff", """
                {"kind":"COMPLAINT","channel":"WEB_FORM","submitterRole":"AUNT","message":"%s",
                 "contact":{"email":"x"},"clientAccount":"no spaces"}""".formatted(marker), Map.of());
        assertThat(webForm.statusCode()).isEqualTo(400);
        assertThat(fieldsAtFault(webForm)).containsExactlyInAnyOrder(
                "kind", "channel", "submitterRole", "contact.email", "clientAccount");

        HttpResponse<String> noClient = post(STAFF, "staff", """
                {"kind":"INFORMAL_COMPLAINT","channel":"MEETING","submitterRole":"PARENT","message":"%s"}"""
                .formatted(marker), Map.of());
        assertThat(fieldsAtFault(noClient)).containsExactly("clientAccount");
        assertThat(recordsContaining(marker)).isEmpty();
    }

    @Test
    void onlyStaffRecordSubmissions() throws Exception {
        String marker = UUID.randomUUID().toString();
        String json = "{\"kind\":\"TIP\",\"channel\":\"PHONE\",\"submitterRole\":\"PARENT\",\"message\":\"" + marker + "\"}";
        assertThat(post(STAFF, null, json, Map.of()).statusCode()).isEqualTo(401);
        assertThat(post(STAFF, "client", json, Map.of()).statusCode()).isEqualTo(403);
        assertThat(recordsContaining(marker)).isEmpty();
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        HttpResponse<String> response = post(FeedbackController.PATH, null, """
                {"kind":"TIP","message":"Gewoon een tip","submitterRole":"FRIEND","mood":"happy","extra":{"a":[1,2]}}""",
                Map.of());
        assertThat(response.statusCode()).isEqualTo(202);
    }

    @Test
    void bodiesOverSixtyFourKibibytesAreRefusedDeclaredOrChunked() throws Exception {
        String marker = UUID.randomUUID().toString();
        String huge = "{\"kind\":\"TIP\",\"submitterRole\":\"PARENT\",\"message\":\"" + marker + "\",\"pad\":\""
                + "p".repeat(64 * 1024) + "\"}";

        HttpResponse<String> declared = post(FeedbackController.PATH, null, huge, Map.of());
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        byte[] bytes = huge.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = HTTP.send(HttpRequest.newBuilder(uri(FeedbackController.PATH))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(recordsContaining(marker)).isEmpty();
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndPublishesNothingNew() throws Exception {
        String marker = UUID.randomUUID().toString();
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        String complaint = "{\"subject\":\"Dubbel\",\"description\":\"" + marker + "\"}";

        HttpResponse<String> first = post(COMPLAINTS, "client", complaint, key);
        HttpResponse<String> retry = post(COMPLAINTS, "client", "  " + complaint.replace(",", " ,\n"), key);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(retry.statusCode()).isEqualTo(202);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(recordsContaining(marker)).hasSize(1);
    }

    @Test
    void theSameKeyWithADifferentBodyIsA422AndPublishesNothing() throws Exception {
        String marker = UUID.randomUUID().toString();
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        assertThat(post(FeedbackController.PATH, null, feedback("eerst " + marker), key).statusCode()).isEqualTo(202);

        HttpResponse<String> different = post(FeedbackController.PATH, null, feedback("anders " + marker), key);

        assertThat(different.statusCode()).isEqualTo(422);
        assertThat(different.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(fieldsAtFault(different)).containsExactly("Idempotency-Key");
        assertThat(recordsContaining(marker)).hasSize(1);
    }

    @Test
    void aKeyBelongsToItsCallerAndItsEndpoint() throws Exception {
        String marker = UUID.randomUUID().toString();
        Map<String, String> key = Map.of("Idempotency-Key", "shared-" + marker);
        String complaint = "{\"subject\":\"s\",\"description\":\"" + marker + "\"}";

        HttpResponse<String> client = post(COMPLAINTS, "client", complaint, key);
        HttpResponse<String> client2 = post(COMPLAINTS, "client2", complaint, key);
        HttpResponse<String> staff = post(STAFF, "staff", """
                {"kind":"TIP","channel":"PHONE","submitterRole":"PARENT","message":"%s"}""".formatted(marker), key);

        assertThat(List.of(client.statusCode(), client2.statusCode(), staff.statusCode())).containsOnly(202);
        assertThat(body(client).get("submissionId")).isNotEqualTo(body(client2).get("submissionId"));
        assertThat(recordsContaining(marker)).hasSize(3);
    }

    @Test
    void aMalformedKeyIsRefused() throws Exception {
        HttpResponse<String> response = post(FeedbackController.PATH, null, feedback("sleutel"),
                Map.of("Idempotency-Key", "k".repeat(201)));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fieldsAtFault(response)).containsExactly("Idempotency-Key");
    }

    private static String feedback(String message) {
        return "{\"kind\":\"REMARK\",\"message\":\"" + message + "\",\"submitterRole\":\"PARENT\"}";
    }

    private static SubmissionReceived onlyEventContaining(String marker) {
        List<KafkaProbe.TopicRecord> records = recordsContaining(marker);
        assertThat(records).hasSize(1);
        return EventCodec.fromJson(records.get(0).value(), SubmissionReceived.class);
    }
}
