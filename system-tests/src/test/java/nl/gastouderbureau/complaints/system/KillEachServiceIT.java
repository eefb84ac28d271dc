package nl.gastouderbureau.complaints.system;

import com.fasterxml.jackson.databind.JsonNode;
import nl.gastouderbureau.complaints.launcher.LocalSystem;
import nl.gastouderbureau.complaints.launcher.Service;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault 1 of the reliability suite: while feedback flows in, each service in turn is killed with
 * SIGKILL and started again. The senders behave as a careful client does: on no answer or a 503
 * they retry with the same Idempotency-Key until they get a 202. Afterwards every accepted
 * submission is exactly one case, one acknowledgement mail, one logged notification and one count
 * in the reports; nothing accepted is lost and nothing is doubled.
 * <p>
 * The flow is bounded by count, not time: each kill gets a quota of submissions, sent at a steady
 * pace from shortly before it until the quota is used, so on a loaded machine, where a restart takes
 * minutes, the backlog stays what a loaded machine can work off. The wait at the end is long on
 * purpose, and bounded: a killed member of a consumer group keeps its partitions until its session
 * times out (Kafka's default, 45 s), whatever the restarted process does.
 */
class KillEachServiceIT {

    /** Only this test sends feedback in this category, so the report's row counts just these. */
    private static final String CATEGORY = "SCHEDULING";
    /** Flow before each kill; the quota lasts past it at the senders' pace. */
    private static final Duration RUN_BEFORE_KILL = Duration.ofSeconds(2);
    private static final int QUOTA_PER_KILL = 16;
    private static final Duration PACE = Duration.ofMillis(600);
    private static final Duration SETTLE = Duration.ofMinutes(4);
    private static final int SENDERS = 2;

    @Test
    void everyAcceptedSubmissionIsOneCaseOneMailAndOneCountAfterEachServiceWasKilled() throws Exception {
        LocalSystem system = TheSystem.get();
        SystemHttp http = new SystemHttp(system);
        Holdings holdings = new Holdings(system);
        int countedBefore = holdings.receivedIn(CATEGORY);
        Queue<Submission> accepted = new ConcurrentLinkedQueue<>();
        AtomicBoolean sending = new AtomicBoolean(true);
        Semaphore quota = new Semaphore(0);
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        List<Future<?>> running = new ArrayList<>();
        for (int sender = 0; sender < SENDERS; sender++) {
            running.add(senders.submit(() -> {
                while (sending.get()) {
                    if (quota.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                        accepted.add(sendUntilAccepted(http));
                        Thread.sleep(PACE.toMillis());
                    }
                }
                return null;
            }));
        }

        for (Service service : List.of(Service.INTAKE, Service.CASE, Service.NOTIFICATION, Service.REPORTING)) {
            quota.release(QUOTA_PER_KILL);
            Thread.sleep(RUN_BEFORE_KILL.toMillis());
            system.kill(service);
            system.restart(service);
        }
        quota.release(QUOTA_PER_KILL);
        while (quota.availablePermits() > 0 && running.stream().anyMatch(sender -> !sender.isDone())) {
            Thread.sleep(100);
        }
        sending.set(false);
        senders.shutdown();
        assertThat(senders.awaitTermination(3, TimeUnit.MINUTES)).as("the senders stopped").isTrue();
        for (Future<?> sender : running) {
            sender.get();
        }
        assertThat(accepted).hasSize(5 * QUOTA_PER_KILL);

        new OncePerSubmission(system).assertEachIsOneCaseOneAcknowledgementOneMail(accepted, SETTLE);
        assertThat(holdings.receivedIn(CATEGORY)).as("one count per accepted submission")
                .isEqualTo(countedBefore + accepted.size());
    }

    /** One submission, retried with its key until intake accepts it, as the contract tells clients to. */
    private static Submission sendUntilAccepted(SystemHttp http) throws Exception {
        String key = UUID.randomUUID().toString();
        String email = "storing-" + key.substring(0, 8) + "@example.nl";
        String body = """
                {"kind":"REMARK","message":"Opmerking tijdens een storing.","submitterRole":"PARENT","category":"%s",
                 "contact":{"email":"%s"}}""".formatted(CATEGORY, email);
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send("POST", Service.INTAKE, "/api/v1/feedback", null, body,
                        Map.of("Content-Type", "application/json", "Idempotency-Key", key));
                if (response.statusCode() == 202) {
                    JsonNode answer = SystemHttp.JSON.readTree(response.body());
                    return new Submission(answer.get("submissionId").asText(), answer.get("reference").asText(), email);
                }
                assertThat(response.statusCode()).as(response.body()).isIn(503, 500);
            } catch (IOException noAnswer) {
                // Intake is down: a client tries again with the same key.
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Submission with key " + key + " not accepted after 3 minutes of retries");
    }
}
