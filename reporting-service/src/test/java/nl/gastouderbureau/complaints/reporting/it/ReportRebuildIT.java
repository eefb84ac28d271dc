package nl.gastouderbureau.complaints.reporting.it;

import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.FeedbackCaseOpened;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.reporting.projection.HandComputedCases;
import nl.gastouderbureau.complaints.testsupport.CaseEventsTopic;
import nl.gastouderbureau.complaints.testsupport.ServiceApi;
import nl.gastouderbureau.complaints.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A rebuild replays the whole topic (every case any test in this JVM published, redeliveries and an
 * unreadable record included) into fresh facts, swaps them in, and the reports come out the same;
 * the live projection then writes into the rebuilt facts. Cases of 2038 are this test's own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportRebuildIT {

    /** Events of a hand-computed set that no report counts: the handler assignment and the satisfaction answer. */
    private static final int SKIPPED_PER_SET = 2;
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final List<String> REPORTS = List.of(
            "/api/v1/reports/annual/2038",
            "/api/v1/reports/improvement?from=2020-01-01&to=2040-12-31&groupBy=month",
            "/api/v1/reports/improvement?from=2020-01-01&to=2040-12-31&groupBy=category");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.registerKafka(registry);
        TestInfrastructure.registerMongo(registry, "reporting");
    }

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void theRebuiltReportsEqualTheLiveOnesAndTheLiveProjectionWritesIntoThem() {
        ServiceApi api = new ServiceApi(port);
        try (CaseEventsTopic topic = new CaseEventsTopic(bootstrapServers)) {
            new HandComputedCases(2038).withRedeliveries().forEach(e -> topic.publish(e.eventId(), e.event()));
            topic.publishRaw("unreadable-2038", "unreadable-2038", "FeedbackCaseOpened", "{not json".getBytes(StandardCharsets.UTF_8));
            // Every figure of the year's totals, so the live projection has taken in every event,
            // also those on other partitions than the last one published.
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.get(REPORTS.get(0), "manager").body())
                    .contains("\"totals\":{\"received\":6,\"responded\":5,\"respondedOnTime\":2,\"overdue\":2,")
                    .contains("\"correctiveActions\":{\"open\":1,\"done\":1,\"overdue\":1},"
                            + "\"personalContacts\":{\"requested\":2,\"made\":1,\"overdue\":1}}}"));
            List<String> live = REPORTS.stream().map(path -> api.get(path, "manager").body()).toList();

            HttpResponse<String> started = post("/api/v1/reports/rebuild", "manager");
            assertThat(started.statusCode()).isEqualTo(202);
            assertThat(api.get(REPORTS.get(0), "manager").status()).as("reports answer during the rebuild").isEqualTo(200);

            await().atMost(PATIENCE).until(() -> !"RUNNING".equals(api.get("/api/v1/reports/rebuild", "manager").json("$.state")));
            ServiceApi.Response done = api.get("/api/v1/reports/rebuild", "manager");
            assertThat(done.<String>json("$.state")).isEqualTo("DONE");
            assertThat(done.<Integer>json("$.replayed")).as("at least this test's own events")
                    .isGreaterThanOrEqualTo(new HandComputedCases(2038).events().size() - SKIPPED_PER_SET);
            assertThat(done.<Integer>json("$.skipped")).isGreaterThanOrEqualTo(1);
            assertThat(REPORTS.stream().map(path -> api.get(path, "manager").body()).toList()).isEqualTo(live);

            Instant received = Instant.parse("2038-06-01T10:00:00Z");
            topic.publish("after-rebuild-2038", new FeedbackCaseOpened("after-rebuild-2038", "FB-2038-9999",
                    SubmissionKind.IDEA, Channel.WEB_FORM, SubmitterRole.PARENT, Category.OTHER, Language.NL, "Vrije tekst",
                    null, false, received, received.plus(Duration.ofDays(14))));
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                    api.get(REPORTS.get(0), "manager").<Integer>json("$.totals.received")).isEqualTo(7));
        }
    }

    @Test
    void onlyManagementRebuilds() {
        assertThat(post("/api/v1/reports/rebuild", "staff").statusCode()).isEqualTo(403);
        assertThat(post("/api/v1/reports/rebuild", "client").statusCode()).isEqualTo(403);
        assertThat(new ServiceApi(port).get("/api/v1/reports/rebuild", "staff").status()).isEqualTo(403);
    }

    private HttpResponse<String> post(String path, String account) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((account + ":" + account).getBytes(StandardCharsets.UTF_8)))
                .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
