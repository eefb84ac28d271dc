package nl.gastouderbureau.complaints.intake.web;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Senders that post anonymous feedback without pause, each with its own {@code Idempotency-Key}, as
 * a careful client would: an answer of 503 or no answer at all is retried with the same key until
 * it is 202. Every 202 is kept with the submission id it gave.
 */
final class SubmissionLoad implements AutoCloseable {

    /** What a 202 gave, with whether its key needed more than one attempt and whether it came after {@link #mark()}. */
    record Acknowledged(String submissionId, String idempotencyKey, boolean retried, boolean afterMark) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Far longer than intake may take to refuse: a request that gets no answer in this time is a hang. */
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);

    private final URI feedback;
    private final String marker;
    private final List<Thread> senders;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicBoolean marked = new AtomicBoolean();
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicInteger refusals = new AtomicInteger();
    private final Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
    private final List<String> unexpected = new CopyOnWriteArrayList<>();

    SubmissionLoad(int port, String marker, int senders) {
        this.feedback = URI.create("http://localhost:" + port + FeedbackController.PATH);
        this.marker = marker;
        this.senders = IntStream.range(0, senders)
                .mapToObj(i -> new Thread(this::send, "sender-" + i))
                .toList();
        this.senders.forEach(Thread::start);
    }

    /** Marks the moment from which acknowledgements count as "after". */
    void mark() {
        marked.set(true);
    }

    int acknowledgedCount() {
        return acknowledged.size();
    }

    long acknowledgedAfterMark() {
        return acknowledged.values().stream().filter(Acknowledged::afterMark).count();
    }

    /** Every 202 so far, by submission id. */
    Map<String, Acknowledged> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    /** How many times intake answered 503 (each retried). */
    int refusals() {
        return refusals.get();
    }

    /** Answers that were neither 202 nor a proper 503: none are expected. */
    List<String> unexpected() {
        return List.copyOf(unexpected);
    }

    /** Stops taking new keys; each sender still sees its current key through to a 202. */
    @Override
    public void close() throws InterruptedException {
        stopping.set(true);
        for (Thread sender : senders) {
            sender.join(Duration.ofSeconds(90).toMillis());
            if (sender.isAlive()) {
                unexpected.add(sender.getName() + " did not finish its last submission");
                sender.interrupt();
            }
        }
    }

    private void send() {
        while (!stopping.get() && !Thread.currentThread().isInterrupted()) {
            String key = UUID.randomUUID().toString();
            String body = "{\"kind\":\"TIP\",\"message\":\"" + marker + " " + sequence.incrementAndGet()
                    + "\",\"submitterRole\":\"PARENT\"}";
            int attempts = 0;
            String submissionId = null;
            while (submissionId == null && !Thread.currentThread().isInterrupted()) {
                attempts++;
                submissionId = attempt(key, body);
                if (submissionId == null) {
                    // Sooner than Retry-After asks, to keep the test short.
                    pause();
                }
            }
            if (submissionId != null) {
                acknowledged.put(submissionId, new Acknowledged(submissionId, key, attempts > 1, marked.get()));
            }
        }
    }

    /** @return the submission id of a 202, or null when intake did not take it (yet) */
    private String attempt(String key, String body) {
        HttpRequest request = HttpRequest.newBuilder(feedback)
                .timeout(ANSWER_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 202) {
                JsonNode answer = RunningIntake.JSON.readTree(response.body());
                return answer.get("submissionId").asText();
            }
            if (response.statusCode() == 503 && response.headers().firstValue("Retry-After").isPresent()) {
                refusals.incrementAndGet();
            } else {
                unexpected.add(response.statusCode() + " " + response.body());
            }
        } catch (HttpTimeoutException e) {
            unexpected.add("no answer within " + ANSWER_TIMEOUT + " for key " + key);
        } catch (IOException e) {
            unexpected.add(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
