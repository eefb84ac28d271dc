package nl.gastouderbureau.complaints.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.gastouderbureau.complaints.infra.MailCatcher;
import nl.gastouderbureau.complaints.launcher.LocalSystem;
import nl.gastouderbureau.complaints.launcher.Service;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static nl.gastouderbureau.complaints.system.SystemHttp.JSON;
import static nl.gastouderbureau.complaints.system.SystemHttp.PATIENCE;
import static nl.gastouderbureau.complaints.system.SystemHttp.eventually;
import static nl.gastouderbureau.complaints.system.SystemHttp.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input, generated from a description of every JSON endpoint's fields: malformed documents,
 * wrong types, missing, empty, oversized and control-character values, wrong content types, huge
 * bodies and headers. Each gets a 4xx problem+json, a field mistake names the field, and nothing is
 * stored: no submission is accepted and no case changes version. Markup is not bad input; it is
 * stored as the text it is and shown escaped.
 */
class BadInputIT {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    enum Kind { TEXT, ENUM, DATE, INSTANT, EMAIL, PHONE, BOOLEAN, OBJECT }

    /** A field of a request: where it sits in the document, what it holds, whether it is required and how long it may be. */
    record Field(String path, Kind kind, boolean required, int max) {

        static Field text(String path, boolean required, int max) {
            return new Field(path, Kind.TEXT, required, max);
        }

        static Field of(String path, Kind kind, boolean required) {
            return new Field(path, kind, required, 0);
        }
    }

    /** An endpoint that takes JSON, a valid request to it, and its fields. */
    record JsonEndpoint(String name, Service service, String method, Supplier<String> path, String credentials,
                        Supplier<String> version, String validBody, List<Field> fields) {
    }

    /** One way to spoil a valid request, and the field the answer must name (null: the document as a whole). */
    record Mutation(String description, String body, Map<String, String> headers, String field, int status) {
    }

    static LocalSystem system;
    static SystemHttp http;
    static String complaintId;
    static String feedbackId;
    static double acceptedBefore;
    static Map<String, Long> versionsBefore = new HashMap<>();

    @BeforeAll
    static void casesToAimAtAndTheCountsBefore() throws Exception {
        system = TheSystem.get();
        http = new SystemHttp(system);
        complaintId = accepted(http.send("POST", Service.INTAKE, "/api/v1/complaints", "client:client", """
                {"subject":"Onvoldoende invoer","description":"Een klacht om slechte invoer op te richten.",
                 "involvedEmployee":"P. de Vries","occurredOn":"2026-11-20","desiredOutcome":"Niets"}"""));
        feedbackId = accepted(http.send("POST", Service.INTAKE, "/api/v1/feedback", null, """
                {"kind":"TIP","message":"Een tip om slechte invoer op te richten.","submitterRole":"FRIEND"}"""));
        for (String id : List.of(complaintId, feedbackId)) {
            eventually(() -> okJson(http.send("GET", Service.CASE, "/api/v1/cases/" + id, "staff:staff", null)));
        }
        acceptedBefore = acceptedSubmissions();
        versionsBefore.put(complaintId, version(complaintId));
        versionsBefore.put(feedbackId, version(feedbackId));
    }

    @AfterAll
    static void nothingWasStored() throws Exception {
        if (http == null) {
            return;
        }
        assertThat(acceptedSubmissions()).as("submissions accepted by intake").isEqualTo(acceptedBefore);
        assertThat(version(complaintId)).as("complaint case version").isEqualTo(versionsBefore.get(complaintId));
        assertThat(version(feedbackId)).as("feedback case version").isEqualTo(versionsBefore.get(feedbackId));
    }

    static List<JsonEndpoint> endpoints() {
        Supplier<String> noVersion = () -> null;
        Supplier<String> complaintVersion = () -> String.valueOf(versionsBefore.get(complaintId));
        Supplier<String> feedbackVersion = () -> String.valueOf(versionsBefore.get(feedbackId));
        Supplier<String> complaintCase = () -> "/api/v1/cases/" + complaintId;
        Supplier<String> feedbackCase = () -> "/api/v1/cases/" + feedbackId;
        return List.of(
                new JsonEndpoint("feedback", Service.INTAKE, "POST", () -> "/api/v1/feedback", null, noVersion, """
                        {"kind":"TIP","message":"Een tip.","submitterRole":"PARENT","channel":"WEB_FORM","category":"COMMUNICATION",
                         "language":"nl","contact":{"name":"Jan","email":"jan@example.nl","phone":"+31612345678"},"wantsPersonalContact":false}""",
                        List.of(Field.of("kind", Kind.ENUM, true), Field.text("message", true, 5000),
                                Field.of("submitterRole", Kind.ENUM, true), Field.of("channel", Kind.ENUM, false),
                                Field.of("category", Kind.ENUM, false), Field.of("language", Kind.ENUM, false),
                                Field.of("contact", Kind.OBJECT, false), Field.text("contact.name", false, 200),
                                Field.of("contact.email", Kind.EMAIL, false), Field.of("contact.phone", Kind.PHONE, false),
                                Field.of("wantsPersonalContact", Kind.BOOLEAN, false))),
                new JsonEndpoint("complaint", Service.INTAKE, "POST", () -> "/api/v1/complaints", "client:client", noVersion, """
                        {"subject":"Onderwerp","description":"Omschrijving.","involvedEmployee":"P. de Vries","occurredOn":"2026-11-20",
                         "desiredOutcome":"Excuses","informalCaseId":null}""",
                        List.of(Field.text("subject", true, 200), Field.text("description", true, 10000),
                                Field.text("involvedEmployee", false, 200), Field.of("occurredOn", Kind.DATE, false),
                                Field.text("desiredOutcome", false, 5000))),
                new JsonEndpoint("staff submission", Service.INTAKE, "POST", () -> "/api/v1/staff/submissions", "staff:staff", noVersion, """
                        {"kind":"INFORMAL_COMPLAINT","channel":"PHONE","submitterRole":"PARENT","message":"Telefonisch gemeld.",
                         "contact":{"name":"Jan","email":"jan@example.nl"},"clientAccount":"client"}""",
                        List.of(Field.of("kind", Kind.ENUM, true), Field.of("channel", Kind.ENUM, true),
                                Field.of("submitterRole", Kind.ENUM, true), Field.text("message", true, 10000),
                                Field.of("contact", Kind.OBJECT, false), Field.of("contact.email", Kind.EMAIL, false))),
                new JsonEndpoint("feedback response", Service.CASE, "POST", () -> feedbackCase.get() + "/feedback-response", "staff:staff",
                        feedbackVersion, """
                        {"outcome":"ADOPTED","message":"Goed idee."}""",
                        List.of(Field.of("outcome", Kind.ENUM, true), Field.text("message", true, 5000))),
                new JsonEndpoint("category", Service.CASE, "POST", () -> feedbackCase.get() + "/category", "staff:staff",
                        feedbackVersion, """
                        {"category":"SAFETY"}""", List.of(Field.of("category", Kind.ENUM, true))),
                new JsonEndpoint("handler", Service.CASE, "POST", () -> complaintCase.get() + "/handler", "staff:staff",
                        complaintVersion, """
                        {"handlerId":"staff"}""", List.of(Field.text("handlerId", true, 100))),
                new JsonEndpoint("decision", Service.CASE, "POST", () -> complaintCase.get() + "/decision", "staff:staff",
                        complaintVersion, """
                        {"verdict":"PARTLY_WELL_FOUNDED","reasoning":"Deels terecht.",
                         "correctiveActions":[{"description":"Protocol aanpassen","owner":"staff","dueOn":"2027-01-31"}]}""",
                        List.of(Field.of("verdict", Kind.ENUM, true), Field.text("reasoning", true, 10000),
                                Field.text("correctiveActions[0].description", true, 1000),
                                Field.text("correctiveActions[0].owner", true, 200),
                                Field.of("correctiveActions[0].dueOn", Kind.DATE, true))),
                new JsonEndpoint("extension", Service.CASE, "POST", () -> complaintCase.get() + "/extension", "staff:staff",
                        complaintVersion, """
                        {"newHandleBy":"2027-01-01T10:00:00Z","reason":"Wachten op een verklaring."}""",
                        List.of(Field.of("newHandleBy", Kind.INSTANT, true), Field.text("reason", true, 2000))),
                new JsonEndpoint("ruling", Service.CASE, "POST", () -> complaintCase.get() + "/disputes-committee-ruling", "staff:staff",
                        complaintVersion, """
                        {"ruling":"Ongegrond.","receivedOn":"2026-11-20"}""",
                        List.of(Field.text("ruling", true, 10000), Field.of("receivedOn", Kind.DATE, true))),
                new JsonEndpoint("satisfaction", Service.CASE, "POST", () -> "/api/v1/my/cases/" + complaintId + "/satisfaction",
                        "client:client", complaintVersion, """
                        {"satisfied":false,"comment":"Niet tevreden."}""",
                        List.of(Field.of("satisfied", Kind.BOOLEAN, true), Field.text("comment", false, 5000))));
    }

    @TestFactory
    Stream<DynamicTest> everyBadRequestIsRefusedWithAProblemNamingWhatIsWrong() {
        return endpoints().stream().flatMap(endpoint -> mutations(endpoint).stream().map(mutation ->
                DynamicTest.dynamicTest(endpoint.name() + ": " + mutation.description(), () -> check(endpoint, mutation))));
    }

    @Test
    void aVeryLongHeaderIsRefusedAndChangesNothing() throws Exception {
        for (Service service : Service.values()) {
            HttpResponse<String> response = http.send("GET", service, "/actuator/health", null, null,
                    Map.of("X-Padding", "x".repeat(64 * 1024)));
            assertThat(response.statusCode()).as(service + " answered " + response.statusCode()).isBetween(400, 499);
        }
        HttpResponse<String> feedback = http.send("POST", Service.INTAKE, "/api/v1/feedback", null, validFeedback(),
                Map.of("Content-Type", "application/json", "X-Padding", "x".repeat(64 * 1024)));
        assertThat(feedback.statusCode()).isBetween(400, 499);
    }

    /**
     * Markup in every text field is text: accepted, kept as written, and escaped wherever a person
     * reads it (the dossier page and the acknowledgement mail), so it never runs.
     */
    @Test
    void markupInEveryTextFieldIsKeptAsTextAndShownEscaped() throws Exception {
        String markup = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        String id = accepted(http.send("POST", Service.INTAKE, "/api/v1/complaints", "client:client", """
                {"subject":"S %1$s","description":"D %1$s","involvedEmployee":"E %1$s","occurredOn":"2026-11-20","desiredOutcome":"O %1$s"}"""
                .formatted(JSON.writeValueAsString(markup).replaceAll("^\"|\"$", ""))));
        acceptedBefore += 1;

        JsonNode theCase = eventually(() -> okJson(http.send("GET", Service.CASE, "/api/v1/cases/" + id, "staff:staff", null)));
        assertThat(theCase.toString()).contains("alert('x')");
        HttpResponse<String> dossier = http.send("GET", Service.CASE, "/api/v1/cases/" + id + "/dossier", "staff:staff", null,
                Map.of("Accept", "text/html"));
        assertThat(dossier.statusCode()).isEqualTo(200);
        assertThat(dossier.body()).doesNotContain("<script>alert", "<img src=x").contains("&lt;script&gt;");

        String reference = theCase.get("reference").asText();
        List<MailCatcher.Mail> mails = system.mail().awaitMessages(mail -> mail.subject().contains(reference), 1, PATIENCE);
        assertThat(mails.get(0).html()).doesNotContain("<script>alert", "<img src=x");
    }

    private static List<Mutation> mutations(JsonEndpoint endpoint) {
        List<Mutation> all = new ArrayList<>();
        Map<String, String> json = Map.of("Content-Type", "application/json");
        all.add(new Mutation("malformed JSON", "{\"kind\":", json, "body", 400));
        all.add(new Mutation("an empty body", "", json, "body", 400));
        all.add(new Mutation("an array instead of an object", "[]", json, null, 400));
        all.add(new Mutation("a string instead of an object", "\"hallo\"", json, null, 400));
        all.add(new Mutation("nesting 5000 deep", "{\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}", json, null, 400));
        all.add(new Mutation("a 200 KiB body", endpoint.validBody().replaceFirst("\\{", "{\"padding\":\"" + "x".repeat(200 * 1024) + "\","),
                json, null, 413));
        all.add(new Mutation("text/plain", endpoint.validBody(), Map.of("Content-Type", "text/plain"), null, 415));
        all.add(new Mutation("application/xml", "<feedback/>", Map.of("Content-Type", "application/xml"), null, 415));
        all.add(new Mutation("a form", "kind=TIP", Map.of("Content-Type", "application/x-www-form-urlencoded"), null, 415));
        for (Field field : endpoint.fields()) {
            for (Map.Entry<String, JsonNode> bad : badValues(field).entrySet()) {
                all.add(new Mutation(field.path() + " " + bad.getKey(), with(endpoint.validBody(), field.path(), bad.getValue()),
                        json, field.path(), 400));
            }
        }
        return all;
    }

    private static Map<String, JsonNode> badValues(Field field) {
        Map<String, JsonNode> bad = new java.util.LinkedHashMap<>();
        if (field.kind() == Kind.OBJECT) {
            bad.put("as a string", NODES.textNode("jan@example.nl"));
            bad.put("as an array", NODES.arrayNode().add(1));
            return bad;
        }
        bad.put("as an object", NODES.objectNode().put("x", 1));
        bad.put("as an array", NODES.arrayNode().add("a"));
        if (field.required()) {
            bad.put("missing", null);
        }
        switch (field.kind()) {
            case TEXT -> {
                if (field.required()) {
                    bad.put("empty", NODES.textNode(""));
                    bad.put("only spaces", NODES.textNode("   \t  "));
                }
                bad.put("one character too long", NODES.textNode("x".repeat(field.max() + 1)));
                bad.put("with a NUL character", NODES.textNode("Hallo\u0000wereld"));
                bad.put("with a terminal escape", NODES.textNode("\u001b[2J\u001b[31mrood"));
            }
            case ENUM -> {
                bad.put("not one of the values", NODES.textNode("NOT_A_VALUE"));
                bad.put("a number", NODES.numberNode(42));
            }
            case DATE -> {
                bad.put("not a date", NODES.textNode("morgen"));
                bad.put("an impossible date", NODES.textNode("2026-13-45"));
            }
            case INSTANT -> bad.put("not a moment", NODES.textNode("volgende week"));
            case EMAIL -> {
                bad.put("not an address", NODES.textNode("geen-adres"));
                bad.put("with markup", NODES.textNode("<script>@example.nl"));
            }
            case PHONE -> bad.put("not a number", NODES.textNode("bel me maar"));
            case BOOLEAN -> bad.put("not a yes or no", NODES.textNode("misschien"));
            default -> {
            }
        }
        return bad;
    }

    /** The valid body with the value at {@code path} replaced, or removed when {@code value} is null. */
    private static String with(String validBody, String path, JsonNode value) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(validBody);
            String[] steps = path.split("\\.");
            JsonNode parent = root;
            for (int i = 0; i < steps.length - 1; i++) {
                parent = step(parent, steps[i]);
            }
            String last = steps[steps.length - 1];
            ObjectNode holder = (ObjectNode) parent;
            if (value == null) {
                holder.remove(last);
            } else {
                holder.set(last, value);
            }
            return JSON.writeValueAsString(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode step(JsonNode node, String step) {
        int bracket = step.indexOf('[');
        if (bracket < 0) {
            return node.get(step);
        }
        ArrayNode array = (ArrayNode) node.get(step.substring(0, bracket));
        return array.get(Integer.parseInt(step.substring(bracket + 1, step.length() - 1)));
    }

    private static void check(JsonEndpoint endpoint, Mutation mutation) throws Exception {
        Map<String, String> headers = new HashMap<>(mutation.headers());
        String version = endpoint.version().get();
        if (version != null) {
            headers.put("If-Match", version);
        }
        HttpResponse<String> response = http.send(endpoint.method(), endpoint.service(), endpoint.path().get(),
                endpoint.credentials(), mutation.body(), headers);
        String what = "answered " + response.statusCode() + ": " + response.body();

        assertThat(response.statusCode()).as(what).isEqualTo(mutation.status());
        assertThat(response.headers().firstValue("Content-Type")).as(what).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).as(what).isEqualTo(mutation.status());
        if (mutation.field() != null) {
            assertThat(problem.get("errors").findValuesAsText("field")).as(what).contains(mutation.field());
        }
    }

    private static String validFeedback() {
        return "{\"kind\":\"TIP\",\"message\":\"Een tip.\",\"submitterRole\":\"PARENT\"}";
    }

    private static String accepted(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return JSON.readTree(response.body()).get("submissionId").asText();
    }

    private static long version(String caseId) throws Exception {
        return okJson(http.send("GET", Service.CASE, "/api/v1/cases/" + caseId, "staff:staff", null)).get("version").asLong();
    }

    /** What intake's own counter says it accepted, summed over kinds. */
    private static double acceptedSubmissions() throws Exception {
        String metrics = http.send("GET", Service.INTAKE, "/actuator/prometheus", null, null).body();
        return metrics.lines()
                .filter(line -> line.startsWith("complaints_submissions_accepted_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
