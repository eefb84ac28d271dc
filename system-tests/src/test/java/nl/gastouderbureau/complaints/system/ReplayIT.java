package nl.gastouderbureau.complaints.system;

import com.fasterxml.jackson.databind.JsonNode;
import nl.gastouderbureau.complaints.events.Topics;
import nl.gastouderbureau.complaints.launcher.LocalSystem;
import nl.gastouderbureau.complaints.launcher.Service;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static nl.gastouderbureau.complaints.system.SystemHttp.eventually;
import static nl.gastouderbureau.complaints.system.SystemHttp.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault 7 of the reliability suite: rebuilding the read models from history sends no mail,
 * publishes nothing, and gives the same read models. Case-service's case projection is replayed
 * from its event store, reporting-service's facts are rebuilt from the topic, and every case (as
 * the API shows it) and the improvement reports are the same as before, as are the mails and the
 * records on the case events topic.
 */
class ReplayIT {

    private static final Duration SETTLE = Duration.ofMinutes(4);

    @Test
    void replayingTheProjectionsSendsNoMailAndGivesTheSameReadModels() throws Exception {
        LocalSystem system = TheSystem.get();
        SystemHttp http = new SystemHttp(system);
        caseHistories(http);
        Quiescence.await(system, SETTLE);
        ReadModels before = ReadModels.of(system, http);

        HttpResponse<String> replay = http.send("POST", Service.CASE, "/api/v1/admin/projections/case-projection/replay",
                "staff:staff", null);
        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(202);
        awaitUntil(() -> okJson(http.send("GET", Service.CASE, "/api/v1/admin/projections/case-projection", "staff:staff", null))
                .get("replayDone").asBoolean(), "the case projection's replay");
        HttpResponse<String> rebuild = http.send("POST", Service.REPORTING, "/api/v1/reports/rebuild", "manager:manager", null);
        assertThat(rebuild.statusCode()).as(rebuild.body()).isEqualTo(202);
        awaitUntil(() -> okJson(http.send("GET", Service.REPORTING, "/api/v1/reports/rebuild", "manager:manager", null))
                .get("state").asText().equals("DONE"), "the report facts' rebuild");
        Quiescence.await(system, SETTLE);
        ReadModels after = ReadModels.of(system, http);

        assertThat(after.mails()).as("mails at the mail server").isEqualTo(before.mails());
        assertThat(after.caseEventRecords()).as("records on " + Topics.CASE_EVENTS).isEqualTo(before.caseEventRecords());
        assertThat(after.cases().keySet()).as("the cases").isEqualTo(before.cases().keySet());
        before.cases().forEach((id, view) -> assertThat(after.cases().get(id)).as("case %s", id).isEqualTo(view));
        assertThat(after.reports()).as("the improvement reports").isEqualTo(before.reports());
    }

    /** Cases in several states, so the replay has more to redo than openings. */
    private static void caseHistories(SystemHttp http) throws Exception {
        String idea = submit(http, null, "/api/v1/feedback", """
                {"kind":"IDEA","message":"Een idee om opnieuw te lezen.","submitterRole":"GRANDPARENT","category":"COMMUNICATION",
                 "contact":{"email":"opnieuw@example.nl"}}""");
        eventually(() -> okJson(http.send("GET", Service.CASE, "/api/v1/cases/" + idea, "staff:staff", null)));
        command(http, idea, "feedback-response", 0, """
                {"outcome":"PLANNED","message":"We nemen het mee in de volgende nieuwsbrief."}""");

        String complaint = submit(http, "client:client", "/api/v1/complaints", """
                {"subject":"Ophalen liep mis","description":"Niemand wist dat oma ons kind zou ophalen.",
                 "involvedEmployee":"Jan Bakker","occurredOn":"2026-11-02","desiredOutcome":"Een vaste afspraak"}""");
        eventually(() -> okJson(http.send("GET", Service.CASE, "/api/v1/cases/" + complaint, "staff:staff", null)));
        command(http, complaint, "handler", 0, """
                {"handlerId":"staff"}""");
        command(http, complaint, "decision", 1, """
                {"verdict":"PARTLY_WELL_FOUNDED","reasoning":"De afspraak stond niet in het dossier.",
                 "correctiveActions":[{"description":"Ophaalafspraken in het dossier","owner":"staff","dueOn":"2026-12-31"}]}""");
    }

    private static String submit(SystemHttp http, String credentials, String path, String body) throws Exception {
        HttpResponse<String> response = http.send("POST", Service.INTAKE, path, credentials, body,
                Map.of("Content-Type", "application/json", "Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return SystemHttp.JSON.readTree(response.body()).get("submissionId").asText();
    }

    private static void command(SystemHttp http, String caseId, String command, int version, String body) throws Exception {
        HttpResponse<String> response = http.send("POST", Service.CASE, "/api/v1/cases/" + caseId + "/" + command, "staff:staff",
                body, Map.of("Content-Type", "application/json", "If-Match", Integer.toString(version)));
        assertThat(response.statusCode()).as(command + ": " + response.body()).isEqualTo(200);
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void awaitUntil(Check check, String what) throws Exception {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not finish within " + SETTLE.toSeconds() + " s");
            }
            Thread.sleep(500);
        }
    }

    /** The read models as their users see them, and what went out: mails and published records. */
    private record ReadModels(Map<String, JsonNode> cases, Map<String, JsonNode> reports, int mails, int caseEventRecords) {

        static ReadModels of(LocalSystem system, SystemHttp http) throws Exception {
            Map<String, JsonNode> cases = new TreeMap<>();
            for (int page = 0; ; page++) {
                JsonNode list = okJson(http.send("GET", Service.CASE, "/api/v1/cases?size=100&page=" + page, "staff:staff", null));
                list.get("items").forEach(view -> cases.put(view.get("id").asText(), view));
                if (list.get("items").isEmpty() || cases.size() >= list.get("total").asLong()) {
                    break;
                }
            }
            Map<String, JsonNode> reports = new LinkedHashMap<>();
            for (String groupBy : List.of("kind", "category", "channel", "month")) {
                reports.put(groupBy, okJson(http.send("GET", Service.REPORTING, "/api/v1/reports/improvement?groupBy=" + groupBy,
                        "manager:manager", null)));
            }
            return new ReadModels(cases, reports, system.mail().messages().size(),
                    TopicRecords.read(system, Topics.CASE_EVENTS).size());
        }
    }
}
