package nl.gastouderbureau.complaints.reporting.it;

import nl.gastouderbureau.complaints.testsupport.ServiceApi;
import nl.gastouderbureau.complaints.testsupport.CaseEventsTopic;

import io.micrometer.core.instrument.MeterRegistry;
import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.Contact;
import nl.gastouderbureau.complaints.events.FeedbackCaseOpened;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.reporting.projection.HandComputedCases;
import nl.gastouderbureau.complaints.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The reporting service against a real Kafka broker and a MongoDB-protocol store. Each test uses
 * its own year of receipt, so the reports of one test do not see the cases of another.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportingServiceIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.registerKafka(registry);
        TestInfrastructure.registerMongo(registry, "reporting");
    }

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    MeterRegistry metrics;

    private ServiceApi api;
    private CaseEventsTopic topic;

    @BeforeEach
    void connect() {
        api = new ServiceApi(port);
        topic = new CaseEventsTopic(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        topic.close();
    }

    @Test
    void countsACaseOnceEvenWhenItsEventIsDeliveredTwice() {
        FeedbackCaseOpened march = opened(SubmissionKind.TIP, Category.SAFETY, "2031-03-10T10:00:00Z");
        FeedbackCaseOpened firstOfMay = opened(SubmissionKind.IDEA, null, "2031-04-30T22:30:00Z");
        FeedbackCaseOpened june = opened(SubmissionKind.IDEA, null, "2031-06-01T10:00:00Z");
        double projectedBefore = projected();

        topic.publish("ev-" + march.caseId(), march);
        topic.publish("ev-" + march.caseId(), march);
        topic.publish("ev-" + firstOfMay.caseId(), firstOfMay);
        topic.publish("ev-" + june.caseId(), june);
        await().atMost(PATIENCE).until(() -> projected() >= projectedBefore + 4);

        ServiceApi.Response byMonth = api.get("/api/v1/reports/improvement?from=2031-01-01&to=2031-12-31&groupBy=month", "manager");
        assertThat(byMonth.status()).isEqualTo(200);
        assertThat(byMonth.<String>json("$.from")).isEqualTo("2031-01-01");
        assertThat(byMonth.<String>json("$.to")).isEqualTo("2031-12-31");
        assertThat(byMonth.<String>json("$.groupBy")).isEqualTo("month");
        assertThat(byMonth.<List<String>>json("$.rows[*].key")).containsExactly("2031-03", "2031-05", "2031-06");
        assertThat(byMonth.<List<Integer>>json("$.rows[*].received")).containsExactly(1, 1, 1);
        assertThat(byMonth.<Map<String, Object>>json("$.totals")).containsEntry("received", 3)
                .containsEntry("responded", 0).containsEntry("respondedOnTime", 0).containsEntry("overdue", 0)
                .containsEntry("referredExternally", 0).containsEntry("medianHoursToRespond", null)
                .doesNotContainKey("key");

        ServiceApi.Response byCategory = api.get("/api/v1/reports/improvement?from=2031-01-01&to=2031-12-31&groupBy=category", "manager");
        assertThat(byCategory.<List<String>>json("$.rows[*].key")).containsExactly("SAFETY", "UNCATEGORISED");
        assertThat(byCategory.<List<Integer>>json("$.rows[*].received")).containsExactly(1, 2);

        ServiceApi.Response byKind = api.get("/api/v1/reports/improvement?from=2031-05-01&to=2031-05-31&groupBy=kind", "manager");
        assertThat(byKind.<List<String>>json("$.rows[*].key")).containsExactly("IDEA");
        assertThat(byKind.<Integer>json("$.totals.received")).isEqualTo(1);
    }

    @Test
    void anUnreadableRecordDoesNotHoldUpTheNextOne() {
        FeedbackCaseOpened opened = opened(SubmissionKind.REMARK, Category.INVOICING, "2032-02-02T10:00:00Z");

        topic.publishRaw(opened.caseId(), "poison-" + opened.caseId(), "FeedbackCaseOpened",
                "{not json".getBytes(StandardCharsets.UTF_8));
        topic.publish("ev-" + opened.caseId(), opened);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(api
                .get("/api/v1/reports/improvement?from=2032-01-01&to=2032-12-31&groupBy=channel", "manager")
                .<List<String>>json("$.rows[*].key")).containsExactly("EMAIL"));
    }

    @Test
    void onlyManagementReadsReports() {
        for (String path : List.of("/api/v1/reports/improvement", "/api/v1/reports/annual/2030")) {
            assertThat(api.get(path, null).status()).isEqualTo(401);
            assertThat(api.get(path, "staff").status()).isEqualTo(403);
            assertThat(api.get(path, "client").status()).isEqualTo(403);
            assertThat(api.get(path, "manager").status()).isEqualTo(200);
        }
        assertThat(get("/api/v1/reports/annual/2030", "staff", "text/csv").statusCode()).isEqualTo(403);
    }

    /** The hand-computed cases of the unit tests, over Kafka with redeliveries, read back over HTTP. */
    @Test
    void theAnnualReportCountsTheYearsCasesAsJsonAndCsv() {
        HandComputedCases cases = new HandComputedCases(2033);
        cases.withRedeliveries().forEach(e -> topic.publish(e.eventId(), e.event()));

        await().atMost(PATIENCE).untilAsserted(() -> {
            ServiceApi.Response annual = api.get("/api/v1/reports/annual/2033", "manager");
            assertThat(annual.status()).isEqualTo(200);
            assertThat(annual.<Map<String, Object>>json("$.totals")).containsEntry("received", 6)
                    .containsEntry("responded", 5).containsEntry("respondedOnTime", 2).containsEntry("overdue", 2)
                    .containsEntry("legalLimitExceeded", 1).containsEntry("referredExternally", 1)
                    .containsEntry("medianHoursToRespond", 360.0).containsEntry("p90HoursToRespond", 1032.0)
                    .containsEntry("verdicts", Map.of("WELL_FOUNDED", 0, "PARTLY_WELL_FOUNDED", 1, "UNFOUNDED", 1))
                    .containsEntry("correctiveActions", Map.of("open", 1, "done", 1, "overdue", 1))
                    .containsEntry("personalContacts", Map.of("requested", 2, "made", 1, "overdue", 1));
        });

        ServiceApi.Response annual = api.get("/api/v1/reports/annual/2033", "manager");
        assertThat(annual.<Integer>json("$.year")).isEqualTo(2033);
        assertThat(annual.<String>json("$.from")).isEqualTo("2033-01-01");
        assertThat(annual.<List<String>>json("$.byKind[*].key"))
                .containsExactly("IDEA", "TIP", "REMARK", "INFORMAL_COMPLAINT", "COMPLAINT");
        assertThat(annual.<Map<String, Object>>json("$.byKind[4]")).containsEntry("received", 2)
                .containsEntry("respondedOnTime", 1).containsEntry("medianHoursToRespond", 756.0);
        assertThat(annual.<List<Integer>>json("$.byCategory[?(@.key == 'SAFETY')].received")).containsExactly(2);
        assertThat(annual.body()).doesNotContain("Oma", "oma@example.nl", "Klaas", "Piet", "Vrije tekst", "Redenering");

        HttpResponse<String> csv = get("/api/v1/reports/annual/2033", "manager", "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"klachtenjaarverslag-2033.csv\"");
        assertThat(csv.body().lines().toList())
                .startsWith("Indeling,Sleutel,Ontvangen,Beantwoord,Op tijd beantwoord,Termijn verstreken,"
                        + "Wettelijke termijn overschreden,Naar Geschillencommissie,Mediaan uren tot antwoord,P90 uren tot antwoord,"
                        + "Gegrond,Deels gegrond,Ongegrond,Overgenomen,Gepland,Niet overgenomen,Ter kennisgeving,"
                        + "Verbetermaatregelen open,Verbetermaatregelen afgerond,Verbetermaatregelen te laat")
                .contains("soort,COMPLAINT,2,2,1,1,1,1,756.0,1032.0,0,1,1,0,0,0,0,1,1,1",
                        "categorie,SAFETY,2,2,0,2,1,1,696.0,1032.0,0,0,1,0,0,0,1,0,0,0")
                .endsWith("totaal,2033,6,5,2,2,1,1,360.0,1032.0,0,1,1,1,0,0,1,1,1,1");

        assertThat(get("/api/v1/reports/annual/2033", "manager", "*/*").headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));

        ServiceApi.Response byWeek = api.get("/api/v1/reports/improvement?from=2033-11-01&to=2033-11-30&groupBy=week", "manager");
        assertThat(byWeek.<List<String>>json("$.rows[*].key")).containsExactly("2033-W44", "2033-W45");
        assertThat(byWeek.<List<Integer>>json("$.rows[*].received")).containsExactly(5, 1);
    }

    private HttpResponse<String> get(String path, String account, String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((account + ":" + account).getBytes(StandardCharsets.UTF_8)))
                .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void badParametersAreRefusedNamingTheField() {
        assertInvalid("/api/v1/reports/improvement?groupBy=fortnight", "groupBy");
        assertInvalid("/api/v1/reports/annual/last", "year");
        assertInvalid("/api/v1/reports/improvement?from=yesterday", "from");
        assertInvalid("/api/v1/reports/improvement?from=2031-02-01&to=2031-01-31", "from");
    }

    private void assertInvalid(String path, String field) {
        ServiceApi.Response response = api.get(path, "manager");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.<List<String>>json("$.errors[*].field")).containsExactly(field);
    }

    private double projected() {
        return metrics.counter("complaints.reporting.events.projected", "type", "FeedbackCaseOpened").count();
    }

    private static FeedbackCaseOpened opened(SubmissionKind kind, Category category, String receivedAt) {
        Instant received = Instant.parse(receivedAt);
        return new FeedbackCaseOpened(UUID.randomUUID().toString(), "FB-2031-0001", kind, Channel.EMAIL,
                SubmitterRole.NEIGHBOUR, category, Language.NL, "Vrije tekst",
                new Contact("Buur", "buur@example.nl", null), false, received, received.plus(Duration.ofDays(14)));
    }
}
