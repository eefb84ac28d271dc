package nl.gastouderbureau.complaints.intake.web;

import com.fasterxml.jackson.databind.JsonNode;
import nl.gastouderbureau.complaints.events.EventCodec;
import nl.gastouderbureau.complaints.events.EventHeaders;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmissionReceived;
import nl.gastouderbureau.complaints.testsupport.KafkaProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FeedbackIntakeIT extends RunningIntake {

    @Test
    void acceptedFeedbackIsPublishedOnceWithItsHeadersAndAnsweredWithReferenceAndRespondBy() throws Exception {
        String marker = UUID.randomUUID().toString();
        HttpResponse<String> response = post("""
                {"kind":"IDEA","message":"Een nieuwsbrief graag %s","submitterRole":"GRANDPARENT","channel":"WEB_FORM",
                 "category":"COMMUNICATION","language":"nl","contact":{"name":"Oma","email":"oma@example.nl"},
                 "wantsPersonalContact":false}""".formatted(marker));

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode body = JSON.readTree(response.body());
        String id = body.get("submissionId").asText();
        assertThat(body.get("reference").asText()).matches("FB-\\d{4}-\\d{4,}");
        assertThat(Instant.parse(body.get("respondBy").asText()))
                .isCloseTo(Instant.now().plus(Duration.ofDays(14)), within(Duration.ofMinutes(1)));

        List<KafkaProbe.TopicRecord> published = recordsContaining(marker);
        assertThat(published).hasSize(1);
        KafkaProbe.TopicRecord record = published.get(0);
        assertThat(record.key()).isEqualTo(id);
        assertThat(record.headers().get(EventHeaders.EVENT_TYPE)).isEqualTo("SubmissionReceived");
        assertThat(record.headers().get(EventHeaders.SCHEMA_VERSION)).isEqualTo("1");
        assertThat(record.headers().get(EventHeaders.EVENT_ID)).isNotBlank();
        assertThat(record.headers().get(EventHeaders.OCCURRED_AT)).isNotBlank();
        assertThat(record.headers().get(EventHeaders.CORRELATION_ID)).isNotBlank();
        SubmissionReceived event = EventCodec.fromJson(record.value(), SubmissionReceived.class);
        assertThat(event.submissionId()).isEqualTo(id);
        assertThat(event.reference()).isEqualTo(body.get("reference").asText());
        assertThat(event.kind()).isEqualTo(SubmissionKind.IDEA);
        assertThat(event.contact().email()).isEqualTo("oma@example.nl");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown kind     | kind          | {\"kind\":\"WISH\",\"message\":\"%s\",\"submitterRole\":\"PARENT\"}",
            "formal complaint | kind          | {\"kind\":\"COMPLAINT\",\"message\":\"%s\",\"submitterRole\":\"PARENT\"}",
            "empty message    | message       | {\"kind\":\"TIP\",\"message\":\"  \",\"submitterRole\":\"PARENT\",\"x\":\"%s\"}",
            "bad email        | contact.email | {\"kind\":\"TIP\",\"message\":\"%s\",\"submitterRole\":\"PARENT\",\"contact\":{\"email\":\"not-an-address\"}}",
            "unknown role     | submitterRole | {\"kind\":\"TIP\",\"message\":\"%s\",\"submitterRole\":\"UNCLE\"}",
            "wrong type       | wantsPersonalContact | {\"kind\":\"TIP\",\"message\":\"%s\",\"submitterRole\":\"PARENT\",\"wantsPersonalContact\":{\"a\":1}}",
            "malformed JSON   | body          | {\"kind\":\"TIP\",\"message\":\"%s\",",
    })
    void badInputIsA400NamingTheFieldAndNothingIsPublished(String name, String field, String template) throws Exception {
        String marker = UUID.randomUUID().toString();

        HttpResponse<String> response = post(template.formatted(marker));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("errors").findValuesAsText("field")).contains(field);
        assertThat(recordsContaining(marker)).isEmpty();
    }

    @Test
    void aMessageOfFiveThousandCharactersIsAcceptedAndOneMoreIsRefused() throws Exception {
        String longest = "a".repeat(5000);
        assertThat(post(feedback(longest)).statusCode()).isEqualTo(202);

        HttpResponse<String> tooLong = post(feedback(longest + "b"));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(tooLong.body()).get("errors").findValuesAsText("field")).containsExactly("message");
    }

    @Test
    void concurrentSubmissionsGetDistinctReferences() {
        Set<String> references = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 40).parallel().forEach(i -> {
            try {
                references.add(JSON.readTree(post(feedback("tip " + i)).body()).get("reference").asText());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(references).hasSize(40);
    }

    @Test
    void healthIsUpOnTheRealInfrastructureAndMetricsAreExposed() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(health.body()).get("status").asText()).isEqualTo("UP");

        post(feedback("counted"));
        assertThat(get("/actuator/prometheus").body())
                .containsPattern("complaints_submissions_accepted_total\\{application=\"intake-service\",kind=\"TIP\"");
    }

    private static String feedback(String message) {
        return "{\"kind\":\"TIP\",\"message\":\"" + message + "\",\"submitterRole\":\"HOST_PARENT\"}";
    }

    private HttpResponse<String> post(String json) throws Exception {
        return post(FeedbackController.PATH, null, json, Map.of());
    }
}
