package nl.gastouderbureau.complaints.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Submissions through {@code POST /api/v1/staff/submissions} as {@code staff}: an idea heard on the
 * phone. The staff API runs the same path as anonymous feedback (reference, publish with
 * {@code acks=all}, 202 once Kafka acknowledged) but is not limited per client address; the public
 * endpoint's limit (30 a minute per address) would stop a load generator on one address, and
 * raising it would measure a configuration that is not the one deployed.
 */
final class IntakeClient {

    static final String PATH = "/api/v1/staff/submissions";
    static final String MESSAGE = "Het zou fijn zijn als de gastouder een kort dagverslag stuurt, met wat de kinderen "
            + "hebben gegeten, hoe lang ze hebben geslapen en wat ze hebben gedaan. Dan kunnen we thuis beter aansluiten.";

    /** What intake answered: the case id and the reference that appears in every mail. */
    record Accepted(String submissionId, String reference) {
    }

    private final Http http;
    private final URI intake;

    IntakeClient(Http http, URI intake) {
        this.http = http;
        this.intake = intake;
    }

    /** @param email null for an anonymous idea, which is counted but gets no mail (F5) */
    static Map<String, Object> body(String email) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "IDEA");
        body.put("channel", "PHONE");
        body.put("submitterRole", "PARENT");
        body.put("message", MESSAGE);
        if (email != null) {
            body.put("contact", Map.of("name", "Benchmark", "email", email));
        }
        return body;
    }

    Accepted submit(String email) {
        return accepted(http.post(intake, PATH, "staff", body(email), Map.of()));
    }

    CompletableFuture<Accepted> submitAsync(String email) {
        return http.postAsync(intake, PATH, "staff", body(email)).thenApply(IntakeClient::accepted);
    }

    private static Accepted accepted(HttpResponse<String> response) {
        if (response.statusCode() != 202) {
            return null;
        }
        JsonNode body = Http.read(response.body());
        return new Accepted(body.path("submissionId").asText(), body.path("reference").asText());
    }
}
