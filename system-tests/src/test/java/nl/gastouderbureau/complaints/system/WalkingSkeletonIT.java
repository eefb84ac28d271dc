package nl.gastouderbureau.complaints.system;

import com.fasterxml.jackson.databind.JsonNode;
import nl.gastouderbureau.complaints.infra.MailCatcher;
import nl.gastouderbureau.complaints.launcher.LocalSystem;
import nl.gastouderbureau.complaints.launcher.Service;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static nl.gastouderbureau.complaints.system.SystemHttp.PATIENCE;
import static nl.gastouderbureau.complaints.system.SystemHttp.eventually;
import static nl.gastouderbureau.complaints.system.SystemHttp.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The slice of the walking skeleton across all four services, started as processes by the same
 * launcher {@code ./run.sh} uses ({@link TheSystem}), walked over HTTP.
 */
class WalkingSkeletonIT {

    static LocalSystem system;
    static SystemHttp http;

    @BeforeAll
    static void startTheWholeSystem() {
        system = TheSystem.get();
        http = new SystemHttp(system);
    }

    @Test
    void feedbackIsAcceptedOpenedAsACaseAcknowledgedByMailAndCounted() throws Exception {
        int ideasBefore = receivedIdeas();
        HttpResponse<String> accepted = send("POST", Service.INTAKE, "/api/v1/feedback", null, """
                {"kind":"IDEA","message":"Een nieuwsbrief per kwartaal zou fijn zijn.","submitterRole":"GRANDPARENT",
                 "channel":"WEB_FORM","language":"nl","contact":{"name":"Oma Jansen","email":"oma@example.nl"}}""");
        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode answer = SystemHttp.JSON.readTree(accepted.body());
        String caseId = answer.get("submissionId").asText();
        String reference = answer.get("reference").asText();

        JsonNode theCase = eventually(() -> okJson(send("GET", Service.CASE, "/api/v1/cases/" + caseId, "staff:staff", null)));
        assertThat(theCase.get("reference").asText()).isEqualTo(reference);
        assertThat(theCase.get("kind").asText()).isEqualTo("IDEA");
        assertThat(theCase.get("status").asText()).isEqualTo("OPEN");
        assertThat(theCase.get("respondBy").asText()).isEqualTo(answer.get("respondBy").asText());
        assertThat(theCase.get("timeline").get(0).get("type").asText()).isEqualTo("FeedbackCaseOpened");

        List<MailCatcher.Mail> mails = system.mail().awaitMessages(
                mail -> mail.to().contains("oma@example.nl") && mail.subject().contains(reference), 1, PATIENCE);
        assertThat(mails).hasSize(1);
        assertThat(MailCatcher.storedFiles(system.mail().storeDirectory()))
                .anySatisfy(file -> assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains(reference));

        JsonNode log = eventually(() -> {
            JsonNode items = okJson(send("GET", Service.NOTIFICATION, "/api/v1/notifications?caseId=" + caseId, "staff:staff", null)).get("items");
            return items.size() > 0 && items.get(0).get("status").asText().equals("SENT") ? items : null;
        });
        assertThat(log.get(0).get("type").asText()).isEqualTo("ACKNOWLEDGEMENT");
        assertThat(log.get(0).get("recipient").asText()).isEqualTo("oma@example.nl");

        JsonNode report = eventually(() -> {
            JsonNode body = okJson(send("GET", Service.REPORTING, "/api/v1/reports/improvement?groupBy=kind", "manager:manager", null));
            return body != null && received(body, "IDEA") == ideasBefore + 1 ? body : null;
        });
        assertThat(report.toString()).doesNotContain("Oma", "oma@example.nl");
    }

    private static int receivedIdeas() throws Exception {
        return received(okJson(send("GET", Service.REPORTING, "/api/v1/reports/improvement?groupBy=kind", "manager:manager", null)), "IDEA");
    }

    private static int received(JsonNode report, String kind) {
        for (JsonNode row : report.get("rows")) {
            if (row.get("key").asText().equals(kind)) {
                return row.get("received").asInt();
            }
        }
        return 0;
    }

    @Test
    void aComplaintIsFiledHandledAndDecidedAndTheClientIsToldAtEachStep() throws Exception {
        HttpResponse<String> filed = send("POST", Service.INTAKE, "/api/v1/complaints", "client:client", """
                {"subject":"Opvang niet doorgegaan","description":"De gastouder zegde af en niemand belde ons.",
                 "involvedEmployee":"Petra de Vries","occurredOn":"2026-11-20","desiredOutcome":"Een vaste vervanger"}""");
        assertThat(filed.statusCode()).isEqualTo(202);
        String caseId = SystemHttp.JSON.readTree(filed.body()).get("submissionId").asText();
        String reference = SystemHttp.JSON.readTree(filed.body()).get("reference").asText();

        JsonNode theCase = eventually(() -> okJson(send("GET", Service.CASE, "/api/v1/cases/" + caseId, "staff:staff", null)));
        assertThat(theCase.get("status").asText()).isEqualTo("FILED");

        HttpResponse<String> assigned = send("POST", Service.CASE, "/api/v1/cases/" + caseId + "/handler", "staff:staff",
                "{\"handlerId\":\"staff\"}");
        assertThat(assigned.statusCode()).isEqualTo(200);
        HttpResponse<String> decided = send("POST", Service.CASE, "/api/v1/cases/" + caseId + "/decision", "staff:staff", """
                {"verdict":"PARTLY_WELL_FOUNDED","reasoning":"De afmelding kwam te laat door.",
                 "correctiveActions":[{"description":"Vervangingsprotocol aanpassen","owner":"staff","dueOn":"2026-12-31"}]}""");
        assertThat(decided.statusCode()).isEqualTo(200);
        assertThat(SystemHttp.JSON.readTree(decided.body()).get("status").asText()).isEqualTo("DECIDED");

        String client = "client@clients.gastouderbureau.example";
        List<MailCatcher.Mail> toClient = system.mail().awaitMessages(
                mail -> mail.to().contains(client) && mail.subject().contains(reference), 2, PATIENCE);
        assertThat(toClient).hasSize(2);
        assertThat(toClient.get(1).text()).contains("Geschillencommissie");
        JsonNode myCase = okJson(send("GET", Service.CASE, "/api/v1/my/cases/" + caseId, "client:client", null));
        assertThat(myCase.get("status").asText()).isEqualTo("DECIDED");
        assertThat(send("GET", Service.CASE, "/api/v1/my/cases/" + caseId, "client2:client2", null).statusCode()).isEqualTo(404);
    }

    @Test
    void badFeedbackIsRefusedNamingTheFieldAndTheRolesAreEnforced() throws Exception {
        HttpResponse<String> refused = send("POST", Service.INTAKE, "/api/v1/feedback", null,
                "{\"kind\":\"WISH\",\"message\":\"\",\"submitterRole\":\"PARENT\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(SystemHttp.JSON.readTree(refused.body()).get("errors").findValuesAsText("field")).containsExactly("kind", "message");

        assertThat(send("GET", Service.CASE, "/api/v1/cases/x", null, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", Service.CASE, "/api/v1/cases/x", "client:client", null).statusCode()).isEqualTo(403);
        assertThat(send("GET", Service.REPORTING, "/api/v1/reports/improvement", "staff:staff", null).statusCode()).isEqualTo(403);
        for (Service service : Service.values()) {
            assertThat(send("GET", service, "/actuator/health", null, null).statusCode()).isEqualTo(200);
        }
    }

    private static HttpResponse<String> send(String method, Service service, String path, String credentials, String json)
            throws Exception {
        return http.send(method, service, path, credentials, json);
    }
}
