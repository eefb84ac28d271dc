package nl.gastouderbureau.complaints.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Commands on existing cases over HTTP, as staff do them: each client owns its share of the cases
 * and reclassifies them in turn ({@code POST /api/v1/cases/{id}/category} with {@code If-Match}).
 * Every command loads the aggregate from the event store, decides and appends an event; the
 * answer comes once the projection shows it (read-your-writes), as the contract promises.
 */
final class CaseCommands {

    private static final String[] CATEGORIES = {"COMMUNICATION", "SCHEDULING", "CARE_QUALITY", "OTHER"};

    private final Http http;
    private final URI cases;
    private final Map<String, Long> versions = new ConcurrentHashMap<>();

    CaseCommands(Http http, URI cases) {
        this.http = http;
        this.cases = cases;
    }

    /** Reads the current version of each case; a case not (yet) projected is left out. */
    int prepare(List<String> caseIds) {
        for (String id : caseIds) {
            HttpResponse<String> response = http.get(cases, "/api/v1/cases/" + id, "staff");
            if (response.statusCode() == 200) {
                versions.put(id, Http.read(response.body()).path("version").asLong());
            }
        }
        return versions.size();
    }

    Load.Outcome run(int clients, Duration duration) throws InterruptedException {
        List<String> ids = new ArrayList<>(versions.keySet());
        Collections.shuffle(ids);
        List<List<String>> shares = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            shares.add(new ArrayList<>());
        }
        for (int i = 0; i < ids.size(); i++) {
            shares.get(i % clients).add(ids.get(i));
        }
        AtomicInteger nextClient = new AtomicInteger();
        ThreadLocal<List<String>> share = ThreadLocal.withInitial(() -> shares.get(nextClient.getAndIncrement() % clients));
        return Load.closedLoop(clients, duration, sequence -> {
            List<String> mine = share.get();
            String id = mine.get(sequence % mine.size());
            return categorise(id, CATEGORIES[(sequence / mine.size()) % CATEGORIES.length]);
        });
    }

    private boolean categorise(String id, String category) {
        HttpResponse<String> response = http.post(cases, "/api/v1/cases/" + id + "/category", "staff",
                Map.of("category", category), Map.of("If-Match", String.valueOf(versions.get(id))));
        if (response.statusCode() == 200 || response.statusCode() == 202) {
            JsonNode body = Http.read(response.body());
            versions.put(id, body.path("version").asLong());
            return true;
        }
        if (response.statusCode() == 409) {
            // Someone else moved it on: read the version again, as a person would.
            JsonNode current = http.getJson(cases, "/api/v1/cases/" + id, "staff");
            versions.put(id, current.path("version").asLong());
        }
        return false;
    }
}
