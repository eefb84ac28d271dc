package nl.gastouderbureau.complaints.system;

import com.fasterxml.jackson.databind.JsonNode;
import nl.gastouderbureau.complaints.events.Topics;
import nl.gastouderbureau.complaints.launcher.LocalSystem;
import nl.gastouderbureau.complaints.launcher.Service;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import static nl.gastouderbureau.complaints.system.SystemHttp.eventually;
import static nl.gastouderbureau.complaints.system.SystemHttp.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * P1 and P2 end to end. Unique canary values are planted through the HTTP API in a feedback case
 * (name, e-mail address, phone, message, the staff's response) and in an informal complaint
 * continued as a formal one (its message and contact, the conversation note, the complaint's texts,
 * the decision's reasoning and corrective action). Before erasure the canaries are readable where
 * staff need them, which proves the scan can find them, and they are nowhere at rest in the event
 * store or on the topics. After {@code DELETE /api/v1/data-subjects/{id}} for both data subjects
 * none can be read anywhere: not in any row of the cases database, any record of any topic (dead
 * letters included), any document of any MongoDB database, or any service's log; the reports count
 * exactly what they counted before.
 */
class ErasureCanaryIT {

    private static final String STAFF = "staff:staff";
    private static final String CLIENT = "client2:client2";

    private final LocalSystem system = TheSystem.get();
    private final SystemHttp http = new SystemHttp(system);
    private final EverythingStored stored = new EverythingStored(system);
    private final String tag = HexFormat.of().formatHex(randomBytes(5));

    private final String name = "Kanarienaam" + tag;
    private final String emailLocalPart = "kanariemail" + tag;
    private final String phone = "06" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    private final String feedbackMessage = "kanariebericht" + tag;
    private final String response = "kanarieantwoord" + tag;
    private final String informalMessage = "kanarieklacht" + tag;
    private final String informalName = "Kanarieouder" + tag;
    private final String conversationNote = "kanariegesprek" + tag;
    private final String subject = "kanarieonderwerp" + tag;
    private final String description = "kanarieomschrijving" + tag;
    private final String involvedEmployee = "Kanariemedewerker" + tag;
    private final String desiredOutcome = "kanariewens" + tag;
    private final String reasoning = "kanariemotivering" + tag;
    private final String action = "kanarieactie" + tag;

    @Test
    void afterErasureNoCanaryCanBeReadFromAnyStoreTopicOrLogAndTheReportsCountTheSame() throws Exception {
        List<String> canaries = List.of(name, emailLocalPart, phone, feedbackMessage, response, informalMessage,
                informalName, conversationNote, subject, description, involvedEmployee, desiredOutcome, reasoning, action);
        String feedbackCase = feedbackRespondedTo();
        String informalCase = informalComplaintWithConversation();
        String complaintCase = formalComplaintDecided(informalCase);
        awaitNotified(feedbackCase, 2);
        awaitNotified(complaintCase, 2);

        JsonNode feedback = caseOf(feedbackCase, view -> true);
        assertThat(feedback.get("message").asText()).isEqualTo(feedbackMessage);
        assertThat(caseOf(informalCase, view -> true).get("conversation").get("summary").asText()).isEqualTo(conversationNote);
        assertThat(caseOf(complaintCase, view -> true).get("reasoning").asText()).isEqualTo(reasoning);
        Set<String> before = stored.whereFound(canaries);
        assertThat(before).as("staff read them in the projections, so the scan finds what is there")
                .anyMatch(place -> place.startsWith("MongoDB: cases.") && place.endsWith(feedbackMessage))
                .anyMatch(place -> place.startsWith("MongoDB: notifications.") && place.endsWith(emailLocalPart));
        assertThat(before).as("at rest in the event store and on the topics they are encrypted from the start")
                .noneMatch(place -> place.startsWith("PostgreSQL") || place.startsWith("Kafka"));
        stored.awaitConsumed("reporting-service", Topics.CASE_EVENTS);
        JsonNode reportBefore = report();

        String feedbackSubject = feedback.get("dataSubjectId").asText();
        String clientSubject = caseOf(complaintCase, view -> true).get("dataSubjectId").asText();
        assertThat(caseOf(informalCase, view -> true).get("dataSubjectId").asText())
                .as("the client's informal and formal complaint are one data subject's").isEqualTo(clientSubject);
        for (String dataSubject : List.of(feedbackSubject, clientSubject)) {
            HttpResponse<String> erased = http.send("DELETE", Service.CASE, "/api/v1/data-subjects/" + dataSubject, STAFF, null);
            assertThat(erased.statusCode()).as(erased.body()).isEqualTo(204);
        }

        for (String caseId : List.of(feedbackCase, informalCase, complaintCase)) {
            assertThat(caseOf(caseId, view -> view.has("personalDataErased")).toString()).doesNotContain(canaries);
        }
        stored.awaitConsumed("notification-service", Topics.CASE_EVENTS);
        stored.awaitConsumed("reporting-service", Topics.CASE_EVENTS);
        assertThat(stored.whereFound(canaries)).as("where a canary can still be read").isEmpty();
        assertThat(report()).as("the reports count the same").isEqualTo(reportBefore);
        JsonNode log = okJson(http.send("GET", Service.NOTIFICATION, "/api/v1/notifications?caseId=" + feedbackCase, STAFF, null));
        assertThat(log.get("items").findValuesAsText("status")).containsExactly("SENT", "SENT");
    }

    private String feedbackRespondedTo() throws Exception {
        HttpResponse<String> accepted = http.send("POST", Service.INTAKE, "/api/v1/feedback", null, """
                {"kind":"REMARK","message":"%s","submitterRole":"PARENT","channel":"WEB_FORM","wantsPersonalContact":true,
                 "contact":{"name":"%s","email":"%s@example.nl","phone":"%s"}}""".formatted(feedbackMessage, name, emailLocalPart, phone));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String caseId = SystemHttp.JSON.readTree(accepted.body()).get("submissionId").asText();
        caseOf(caseId, view -> true);
        command(caseId, "feedback-response", "{\"outcome\":\"NOTED\",\"message\":\"%s\"}".formatted(response));
        return caseId;
    }

    private String informalComplaintWithConversation() throws Exception {
        HttpResponse<String> accepted = http.send("POST", Service.INTAKE, "/api/v1/staff/submissions", STAFF, """
                {"kind":"INFORMAL_COMPLAINT","channel":"PHONE","submitterRole":"PARENT","message":"%s",
                 "contact":{"name":"%s"},"clientAccount":"client2"}""".formatted(informalMessage, informalName));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String caseId = SystemHttp.JSON.readTree(accepted.body()).get("submissionId").asText();
        caseOf(caseId, view -> true);
        command(caseId, "conversation", "{\"heldOn\":\"%s\",\"outcome\":\"UNRESOLVED\",\"summary\":\"%s\"}"
                .formatted(LocalDate.now(), conversationNote));
        return caseId;
    }

    private String formalComplaintDecided(String informalCase) throws Exception {
        HttpResponse<String> filed = http.send("POST", Service.INTAKE, "/api/v1/complaints", CLIENT, """
                {"subject":"%s","description":"%s","involvedEmployee":"%s","occurredOn":"%s","desiredOutcome":"%s",
                 "informalCaseId":"%s"}""".formatted(subject, description, involvedEmployee, LocalDate.now().minusDays(3),
                desiredOutcome, informalCase));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(202);
        String caseId = SystemHttp.JSON.readTree(filed.body()).get("submissionId").asText();
        caseOf(caseId, view -> true);
        command(caseId, "handler", "{\"handlerId\":\"staff\"}");
        command(caseId, "decision", """
                {"verdict":"WELL_FOUNDED","reasoning":"%s",
                 "correctiveActions":[{"description":"%s","owner":"staff","dueOn":"%s"}]}"""
                .formatted(reasoning, action, LocalDate.now().plusDays(30)));
        return caseId;
    }

    private void command(String caseId, String command, String json) throws Exception {
        HttpResponse<String> done = http.send("POST", Service.CASE, "/api/v1/cases/" + caseId + "/" + command, STAFF, json);
        assertThat(done.statusCode()).as(command + ": " + done.body()).isEqualTo(200);
    }

    private JsonNode caseOf(String caseId, Predicate<JsonNode> wanted) throws Exception {
        return eventually(() -> {
            JsonNode view = okJson(http.send("GET", Service.CASE, "/api/v1/cases/" + caseId, STAFF, null));
            return view != null && wanted.test(view) ? view : null;
        });
    }

    private void awaitNotified(String caseId, int sent) throws Exception {
        eventually(() -> {
            JsonNode log = okJson(http.send("GET", Service.NOTIFICATION, "/api/v1/notifications?caseId=" + caseId, STAFF, null));
            return log != null && log.get("items").findValuesAsText("status").stream().filter("SENT"::equals).count() >= sent
                    ? log : null;
        });
    }

    private JsonNode report() throws Exception {
        return okJson(http.send("GET", Service.REPORTING, "/api/v1/reports/improvement?groupBy=kind", "manager:manager", null));
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
