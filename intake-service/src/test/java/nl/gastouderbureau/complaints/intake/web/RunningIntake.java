package nl.gastouderbureau.complaints.intake.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.gastouderbureau.complaints.events.Topics;
import nl.gastouderbureau.complaints.testsupport.KafkaProbe;
import nl.gastouderbureau.complaints.testsupport.TestInfrastructure;
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
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The intake service on a random port against the shared test Kafka and Mongo store, one Spring
 * context for every test class that extends this. The feedback rate limit is lifted here; its own
 * test sets it low in a context of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "complaints.intake.feedback-rate-limit.requests=1000000")
abstract class RunningIntake {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.registerKafka(registry);
        TestInfrastructure.registerMongo(registry, "intake-it");
    }

    @LocalServerPort
    int port;

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** @param account a local account (password = name), or null for anonymous */
    HttpResponse<String> post(String path, String account, String json, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (account != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((account + ":" + account).getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static JsonNode body(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    static List<String> fieldsAtFault(HttpResponse<String> response) throws Exception {
        return body(response).get("errors").findValuesAsText("field");
    }

    static List<KafkaProbe.TopicRecord> recordsContaining(String marker) {
        return KafkaProbe.onTestInfrastructure().readAll(Topics.SUBMISSIONS, Duration.ofSeconds(5)).stream()
                .filter(r -> r.decryptedValue().contains(marker))
                .toList();
    }
}
