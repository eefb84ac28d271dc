package nl.gastouderbureau.complaints.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** JSON over HTTP with the local accounts (HTTP Basic, DESIGN §7). */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    HttpRequest.Builder request(URI base, String path, String account) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
        if (account != null) {
            String login = Base64.getEncoder().encodeToString((account + ":" + account).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + login);
        }
        return builder;
    }

    HttpResponse<String> post(URI base, String path, String account, Object body, Map<String, String> headers) {
        return send(postRequest(base, path, account, body, headers));
    }

    CompletableFuture<HttpResponse<String>> postAsync(URI base, String path, String account, Object body) {
        return client.sendAsync(postRequest(base, path, account, body, Map.of()), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(URI base, String path, String account) {
        return send(request(base, path, account).header("Accept", "application/json").GET().build());
    }

    JsonNode getJson(URI base, String path, String account) {
        HttpResponse<String> response = get(base, path, account);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + base.resolve(path) + " answered " + response.statusCode() + ": " + response.body());
        }
        return read(response.body());
    }

    /** An unauthenticated GET of whatever the resource is (health JSON, Prometheus text), as a string. */
    String text(URI base, String path) {
        HttpResponse<String> response = send(request(base, path, null).header("Accept", "text/plain, */*;q=0.5").GET().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + base.resolve(path) + " answered " + response.statusCode());
        }
        return response.body();
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest postRequest(URI base, String path, String account, Object body, Map<String, String> headers) {
        HttpRequest.Builder builder = request(base, path, account)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        headers.forEach(builder::header);
        try {
            return builder.POST(HttpRequest.BodyPublishers.ofByteArray(body == null ? new byte[0] : JSON.writeValueAsBytes(body))).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not reach " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
