package nl.gastouderbureau.complaints.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

/**
 * The two rebuilds of a read model: the reporting facts from {@code cases.events.v1}
 * ({@code POST /api/v1/reports/rebuild}, management) and the case projection from the event store
 * ({@code POST /api/v1/admin/projections/case-projection/replay}, staff), each timed until done.
 */
final class Rebuilds {

    /** @param events how many events the rebuild went through */
    record Timed(long events, Duration took) {

        double perSecond() {
            return events / (took.toNanos() / 1e9);
        }
    }

    private final Http http;
    private final Settings settings;

    Rebuilds(Http http, Settings settings) {
        this.http = http;
        this.settings = settings;
    }

    /** Uses the service's own start and finish times; the records are the topic's, all of them read. */
    Timed reporting(long records, Duration patience) throws InterruptedException {
        HttpResponse<String> started = http.post(settings.reporting(), "/api/v1/reports/rebuild", "manager", null, java.util.Map.of());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("The rebuild did not start: " + started.statusCode() + " " + started.body());
        }
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode status = http.getJson(settings.reporting(), "/api/v1/reports/rebuild", "manager");
            String state = status.path("state").asText();
            if (state.equals("DONE")) {
                return new Timed(records, Duration.between(Instant.parse(status.path("startedAt").asText()),
                        Instant.parse(status.path("finishedAt").asText())));
            }
            if (state.equals("FAILED")) {
                throw new IllegalStateException("The rebuild failed: " + status);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The rebuild did not finish within " + patience);
    }

    /** Timed from the request until the projection is past the head it started from. */
    Timed caseProjection(Duration patience) throws Exception {
        long events = storedEvents();
        URI cases = settings.cases();
        String path = "/api/v1/admin/projections/case-projection";
        long started = System.nanoTime();
        HttpResponse<String> response = http.post(cases, path + "/replay", "staff", null, java.util.Map.of());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("The replay did not start: " + response.statusCode() + " " + response.body());
        }
        long deadline = started + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (http.getJson(cases, path, "staff").path("replayDone").asBoolean()) {
                return new Timed(events, Duration.ofNanos(System.nanoTime() - started));
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The replay did not finish within " + patience);
    }

    long storedEvents() throws Exception {
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.jdbcUser(), settings.jdbcPassword());
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM domainevententry")) {
            count.next();
            return count.getLong(1);
        }
    }
}
