package nl.gastouderbureau.complaints.system;

import com.fasterxml.jackson.databind.JsonNode;
import nl.gastouderbureau.complaints.launcher.Service;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static nl.gastouderbureau.complaints.system.SystemHttp.eventually;
import static nl.gastouderbureau.complaints.system.SystemHttp.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint and page against every kind of caller: anonymous, a client, another client, staff
 * and management. Refusals are exactly where DESIGN §1 and §5 put them: the API answers 401 to a
 * caller who did not log in and 403 to a wrong role, a page sends the anonymous visitor to the login
 * form, and another client's case is a 404. Allowed callers reach the endpoint itself: a read
 * answers 200, a write with an empty body reaches validation (400) or, when every field is
 * optional, the case's rules (409); either way nothing changes.
 */
class RoleMatrixIT {

    enum Caller {
        ANONYMOUS(null), CLIENT("client:client"), OTHER_CLIENT("client2:client2"), STAFF("staff:staff"), MANAGER("manager:manager");

        final String credentials;

        Caller(String credentials) {
            this.credentials = credentials;
        }
    }

    private static final Set<Caller> EVERYONE = Set.of(Caller.values());
    private static final Set<Caller> CLIENTS = Set.of(Caller.CLIENT, Caller.OTHER_CLIENT);

    private static final Map<String, PageSession> PAGE_SESSIONS = new ConcurrentHashMap<>();

    static SystemHttp http;
    static String complaintId;
    static String feedbackId;

    @BeforeAll
    static void oneComplaintOfTheFirstClientAndOneFeedbackCase() throws Exception {
        http = new SystemHttp(TheSystem.get());
        HttpResponse<String> filed = http.send("POST", Service.INTAKE, "/api/v1/complaints", Caller.CLIENT.credentials, """
                {"subject":"Rolmatrix","description":"Een klacht om de toegang mee te toetsen.","involvedEmployee":"P. de Vries",
                 "occurredOn":"2026-11-20","desiredOutcome":"Duidelijkheid"}""");
        assertThat(filed.statusCode()).isEqualTo(202);
        complaintId = SystemHttp.JSON.readTree(filed.body()).get("submissionId").asText();
        HttpResponse<String> sent = http.send("POST", Service.INTAKE, "/api/v1/feedback", null, """
                {"kind":"REMARK","message":"Een opmerking om de toegang mee te toetsen.","submitterRole":"NEIGHBOUR","channel":"WEB_FORM"}""");
        assertThat(sent.statusCode()).isEqualTo(202);
        feedbackId = SystemHttp.JSON.readTree(sent.body()).get("submissionId").asText();
        for (String id : List.of(complaintId, feedbackId)) {
            eventually(() -> okJson(http.send("GET", Service.CASE, "/api/v1/cases/" + id, Caller.STAFF.credentials, null)));
        }
    }

    /** One row of the matrix: who may call it; everyone else is refused. */
    record Endpoint(Service service, String method, String path, Set<Caller> allowed, boolean page, Map<String, String> headers,
                    Set<Integer> answers) {

        static Endpoint api(Service service, String method, String path, Set<Caller> allowed) {
            return new Endpoint(service, method, path, allowed, false, Map.of(), method.equals("GET") ? Set.of(200) : Set.of(400, 409));
        }

        static Endpoint page(Service service, String path, Set<Caller> allowed) {
            return new Endpoint(service, "GET", path, allowed, true, Map.of("Accept", "text/html"), Set.of(200));
        }

        Endpoint accepting(String accept) {
            return new Endpoint(service, method, path, allowed, page, Map.of("Accept", accept), answers);
        }

        /** What an allowed caller gets when it is not simply 200 or a refused write. */
        Endpoint answering(Integer... statuses) {
            return new Endpoint(service, method, path, allowed, page, headers, Set.of(statuses));
        }

        String describe() {
            return method + " " + service.name().toLowerCase() + path.replace(complaintId, "{complaint}").replace(feedbackId, "{feedback}");
        }
    }

    static List<Endpoint> endpoints() {
        String complaint = "/api/v1/cases/" + complaintId;
        String feedback = "/api/v1/cases/" + feedbackId;
        String mine = "/api/v1/my/cases/" + complaintId;
        Set<Caller> staff = Set.of(Caller.STAFF);
        Set<Caller> manager = Set.of(Caller.MANAGER);
        List<Endpoint> all = new ArrayList<>(List.of(
                Endpoint.api(Service.INTAKE, "POST", "/api/v1/feedback", EVERYONE),
                Endpoint.api(Service.INTAKE, "POST", "/api/v1/complaints", CLIENTS),
                Endpoint.api(Service.INTAKE, "POST", "/api/v1/staff/submissions", staff),
                Endpoint.api(Service.CASE, "GET", "/api/v1/cases", staff),
                Endpoint.api(Service.CASE, "GET", complaint, staff),
                Endpoint.api(Service.CASE, "GET", complaint + "/dossier", staff),
                Endpoint.api(Service.CASE, "GET", complaint + "/dossier", staff).accepting("text/html"),
                Endpoint.api(Service.CASE, "POST", feedback + "/feedback-response", staff),
                Endpoint.api(Service.CASE, "POST", feedback + "/category", staff),
                Endpoint.api(Service.CASE, "POST", complaint + "/conversation", staff),
                Endpoint.api(Service.CASE, "POST", complaint + "/handler", staff),
                Endpoint.api(Service.CASE, "POST", complaint + "/decision", staff),
                Endpoint.api(Service.CASE, "POST", complaint + "/corrective-actions/a-1/completion", staff),
                Endpoint.api(Service.CASE, "POST", complaint + "/extension", staff),
                Endpoint.api(Service.CASE, "POST", complaint + "/disputes-committee-ruling", staff),
                Endpoint.api(Service.CASE, "GET", "/api/v1/my/cases", CLIENTS),
                Endpoint.api(Service.CASE, "GET", mine, Set.of(Caller.CLIENT)),
                Endpoint.api(Service.CASE, "POST", mine + "/satisfaction", Set.of(Caller.CLIENT)),
                Endpoint.api(Service.CASE, "POST", mine + "/disputes-committee-referral", Set.of(Caller.CLIENT)),
                // A data subject no case has: allowed, and nothing is erased.
                Endpoint.api(Service.CASE, "DELETE", "/api/v1/data-subjects/ds-" + "0".repeat(32), staff).answering(404),
                Endpoint.api(Service.NOTIFICATION, "GET", "/api/v1/notifications?caseId=" + complaintId, staff),
                Endpoint.api(Service.REPORTING, "GET", "/api/v1/reports/improvement?groupBy=kind", manager),
                Endpoint.api(Service.REPORTING, "GET", "/api/v1/reports/annual/2026", manager),
                Endpoint.api(Service.REPORTING, "GET", "/api/v1/reports/annual/2026", manager).accepting("text/csv"),
                // 404 until a rebuild was started on the instance: allowed, but there is nothing to show.
                Endpoint.api(Service.REPORTING, "GET", "/api/v1/reports/rebuild", manager).answering(200, 404),
                // The start page sends everyone on to the feedback form.
                Endpoint.page(Service.INTAKE, "/", EVERYONE).answering(302),
                Endpoint.page(Service.INTAKE, "/feedback", EVERYONE),
                Endpoint.page(Service.INTAKE, "/complaint", CLIENTS),
                Endpoint.page(Service.REPORTING, "/reports/dashboard", manager),
                Endpoint.page(Service.INTAKE, "/staff/submissions/new", staff),
                Endpoint.page(Service.CASE, "/staff/cases", staff),
                Endpoint.page(Service.CASE, "/staff/cases/" + complaintId, staff),
                Endpoint.page(Service.CASE, "/my/cases", CLIENTS),
                Endpoint.page(Service.CASE, "/my/cases/" + complaintId, Set.of(Caller.CLIENT)),
                Endpoint.api(Service.CASE, "GET", "/api/v1/admin/projections/case-projection", Set.of(Caller.STAFF, Caller.MANAGER))));
        for (Service service : Service.values()) {
            all.add(Endpoint.api(service, "GET", "/actuator/health", EVERYONE));
            all.add(Endpoint.api(service, "GET", "/actuator/prometheus", EVERYONE));
            all.add(Endpoint.page(service, "/login", EVERYONE));
        }
        return all;
    }

    @TestFactory
    Stream<DynamicTest> everyCallerGetsExactlyWhatTheirRoleAllows() {
        return endpoints().stream().flatMap(endpoint -> Stream.of(Caller.values()).map(caller ->
                DynamicTest.dynamicTest(endpoint.describe() + " as " + caller, () -> check(endpoint, caller))));
    }

    /** A rebuild may only be started by management; everyone else is refused before anything starts. */
    @Test
    void onlyManagementMayStartAReportRebuild() throws Exception {
        for (Caller caller : List.of(Caller.ANONYMOUS, Caller.CLIENT, Caller.STAFF)) {
            HttpResponse<String> response = http.send("POST", Service.REPORTING, "/api/v1/reports/rebuild", caller.credentials, null);
            assertThat(response.statusCode()).as(caller.name()).isEqualTo(caller == Caller.ANONYMOUS ? 401 : 403);
        }
    }

    private static void check(Endpoint endpoint, Caller caller) throws Exception {
        String body = endpoint.method().equals("POST") ? "{}" : null;
        Map<String, String> headers = new HashMap<>(endpoint.headers());
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        HttpResponse<String> response = endpoint.page()
                ? pages(endpoint.service(), caller).get(endpoint.path())
                : http.send(endpoint.method(), endpoint.service(), endpoint.path(), caller.credentials, body, headers);
        int status = response.statusCode();
        String what = endpoint.describe() + " as " + caller + " answered " + status + ": " + response.body();

        if (endpoint.allowed().contains(caller)) {
            assertThat(status).as(what).isIn(endpoint.answers());
        } else if (caller == Caller.OTHER_CLIENT && (endpoint.path().startsWith("/api/v1/my/cases/") || endpoint.path().startsWith("/my/cases/"))) {
            assertThat(status).as(what).isEqualTo(404);
        } else if (caller == Caller.ANONYMOUS) {
            if (endpoint.page()) {
                assertThat(status).as(what).isEqualTo(302);
                assertThat(response.headers().firstValue("Location")).as(what).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
            } else {
                assertThat(status).as(what).isEqualTo(401);
            }
        } else {
            assertThat(status).as(what).isEqualTo(403);
        }
        if (status >= 400 && !endpoint.page()) {
            assertThat(response.headers().firstValue("Content-Type")).as(what).hasValue("application/problem+json");
        }
        if (endpoint.page() && status == 200) {
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(what).hasValueSatisfying(csp ->
                    assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
        }
    }

    /** Pages take a login through the form, not HTTP Basic: one browser session per caller and service. */
    private static PageSession pages(Service service, Caller caller) {
        return PAGE_SESSIONS.computeIfAbsent(service + "/" + caller, key -> {
            try {
                URI base = TheSystem.get().url(service);
                if (caller.credentials == null) {
                    return PageSession.anonymous(base);
                }
                String[] account = caller.credentials.split(":");
                return PageSession.loggedIn(base, account[0], account[1]);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The other client does not learn that the case exists: the answer is the same as for an id nobody has. */
    @Test
    void anotherClientsCaseLooksExactlyLikeACaseThatDoesNotExist() throws Exception {
        HttpResponse<String> theirs = http.send("GET", Service.CASE, "/api/v1/my/cases/" + complaintId, Caller.OTHER_CLIENT.credentials, null);
        HttpResponse<String> nobodys = http.send("GET", Service.CASE, "/api/v1/my/cases/00000000-0000-0000-0000-000000000000",
                Caller.OTHER_CLIENT.credentials, null);

        assertThat(theirs.statusCode()).isEqualTo(404);
        JsonNode a = SystemHttp.JSON.readTree(theirs.body());
        JsonNode b = SystemHttp.JSON.readTree(nobodys.body());
        assertThat(a.get("detail").asText().replace(complaintId, "{id}"))
                .isEqualTo(b.get("detail").asText().replace("00000000-0000-0000-0000-000000000000", "{id}"));
        assertThat(theirs.body()).doesNotContain("Rolmatrix");
    }
}
