package nl.gastouderbureau.complaints.testsupport;

import com.jayway.jsonpath.JsonPath;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls a service under test over HTTP as one of the local accounts (password = user name). */
public final class ServiceApi {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public ServiceApi(int port) {
        this.port = port;
    }

    public Response get(String pathAndQuery, String account) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("Accept", "application/json");
        if (account != null) {
            String credentials = account + ":" + account;
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String contentType, String body) {

        public <T> T json(String path) {
            return JsonPath.read(body, path);
        }
    }
}
