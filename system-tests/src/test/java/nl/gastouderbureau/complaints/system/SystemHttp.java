package nl.gastouderbureau.complaints.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.gastouderbureau.complaints.launcher.LocalSystem;
import nl.gastouderbureau.complaints.launcher.Service;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Callable;

/** HTTP against the running system as its users call it: JSON, HTTP Basic with the local accounts. */
final class SystemHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final LocalSystem system;

    SystemHttp(LocalSystem system) {
        this.system = system;
    }

    HttpResponse<String> send(String method, Service service, String path, String credentials, String json) throws Exception {
        return send(method, service, path, credentials, json, json == null ? Map.of() : Map.of("Content-Type", "application/json"));
    }

    HttpResponse<String> send(String method, Service service, String path, String credentials, String body,
                              Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(system.url(service) + path))
                .timeout(PATIENCE)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode okJson(HttpResponse<String> response) throws Exception {
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
    }

    /** Polls until the step returns non-null: the services work asynchronously over Kafka. */
    static <T> T eventually(Callable<T> step) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            T result = step.call();
            if (result != null) {
                return result;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not reached within " + PATIENCE);
            }
            Thread.sleep(250);
        }
    }
}
