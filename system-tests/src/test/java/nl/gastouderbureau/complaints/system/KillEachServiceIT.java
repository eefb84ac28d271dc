package nl.gastouderbureau.complaints.system;

import com.fasterxml.jackson.databind.JsonNode;
import nl.gastouderbureau.complaints.infra.MailCatcher;
import nl.gastouderbureau.complaints.launcher.LocalSystem;
import nl.gastouderbureau.complaints.launcher.Service;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static nl.gastouderbureau.complaints.system.SystemHttp.eventually;
import static nl.gastouderbureau.complaints.system.SystemHttp.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault 1 of the reliability suite: while feedback flows in, each service in turn is killed with
 * SIGKILL and started again. The senders behave as a careful client does: on no answer or a 503
 * they retry with the same Idempotency-Key until they get a 202. Afterwards every accepted
 * submission is exactly one case, one acknowledgement mail, one logged notification and one count
 * in the reports; nothing accepted is lost and nothing is doubled.
 */
class KillEachServiceIT {

    /** Only this test sends feedback in this category, so the report's row counts just these. */
    private static final String CATEGORY = "SCHEDULING";
    private static final Duration RUN_BETWEEN_KILLS = Duration.ofSeconds(3);

    @Test
    void everyAcceptedSubmissionIsOneCaseOneMailAndOneCountAfterEachServiceWasKilled() throws Exception {
        LocalSystem system = TheSystem.get();
        SystemHttp http = new SystemHttp(system);
        int countedBefore = schedulingReceived(http);
        Map<String, String> accepted = new ConcurrentHashMap<>();
        AtomicBoolean sending = new AtomicBoolean(true);
        ExecutorService senders = Executors.newFixedThreadPool(2);
        for (int sender = 0; sender < 2; sender++) {
            senders.submit(() -> {
                while (sending.get()) {
                    sendUntilAccepted(http, accepted);
                }
                return null;
            });
        }

        for (Service service : List.of(Service.INTAKE, Service.CASE, Service.NOTIFICATION, Service.REPORTING)) {
            Thread.sleep(RUN_BETWEEN_KILLS.toMillis());
            system.kill(service);
            system.restart(service);
        }
        Thread.sleep(RUN_BETWEEN_KILLS.toMillis());
        sending.set(false);
        senders.shutdown();
        assertThat(senders.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        assertThat(accepted).hasSizeGreaterThan(10);

        for (Map.Entry<String, String> submission : accepted.entrySet()) {
            String caseId = submission.getKey();
            JsonNode theCase = eventually(() -> okJson(http.send("GET", Service.CASE, "/api/v1/cases/" + caseId, "staff:staff", null)));
            assertThat(theCase.get("reference").asText()).isEqualTo(submission.getValue());
        }
        int expected = countedBefore + accepted.size();
        eventually(() -> schedulingReceived(http) >= expected ? true : null);
        assertThat(schedulingReceived(http)).as("one count per accepted submission").isEqualTo(expected);

        for (Map.Entry<String, String> submission : accepted.entrySet()) {
            JsonNode log = eventually(() -> {
                JsonNode items = okJson(http.send("GET", Service.NOTIFICATION, "/api/v1/notifications?caseId=" + submission.getKey(),
                        "staff:staff", null)).get("items");
                return items.size() > 0 && items.get(0).get("status").asText().equals("SENT") ? items : null;
            });
            assertThat(log).as("notifications of " + submission.getValue()).hasSize(1);
        }
        List<MailCatcher.Mail> acknowledgements = system.mail().messages().stream()
                .filter(mail -> accepted.values().stream().anyMatch(reference -> mail.subject().contains("[" + reference + "]")))
                .toList();
        assertThat(acknowledgements).as("one acknowledgement per accepted submission").hasSize(accepted.size());
    }

    /** One submission, retried with its key until intake accepts it, as the contract tells clients to. */
    private static void sendUntilAccepted(SystemHttp http, Map<String, String> accepted) throws Exception {
        String key = UUID.randomUUID().toString();
        String body = """
                {"kind":"REMARK","message":"Opmerking tijdens een storing.","submitterRole":"PARENT","category":"%s",
                 "contact":{"email":"storing-%s@example.nl"}}""".formatted(CATEGORY, key.substring(0, 8));
        for (int attempt = 0; attempt < 600; attempt++) {
            try {
                HttpResponse<String> response = http.send("POST", Service.INTAKE, "/api/v1/feedback", null, body,
                        Map.of("Content-Type", "application/json", "Idempotency-Key", key));
                if (response.statusCode() == 202) {
                    JsonNode answer = SystemHttp.JSON.readTree(response.body());
                    accepted.put(answer.get("submissionId").asText(), answer.get("reference").asText());
                    return;
                }
                assertThat(response.statusCode()).as(response.body()).isIn(503, 500);
            } catch (java.io.IOException noAnswer) {
                // Intake is down: a client tries again with the same key.
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Not accepted after 2 minutes of retries");
    }

    private static int schedulingReceived(SystemHttp http) throws Exception {
        JsonNode report = okJson(http.send("GET", Service.REPORTING, "/api/v1/reports/improvement?groupBy=category",
                "manager:manager", null));
        if (report == null) {
            return -1;
        }
        for (JsonNode row : report.get("rows")) {
            if (row.get("key").asText().equals(CATEGORY)) {
                return row.get("received").asInt();
            }
        }
        return 0;
    }
}
