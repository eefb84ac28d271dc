package nl.gastouderbureau.complaints.cases.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import nl.gastouderbureau.complaints.cases.command.CaseId;
import nl.gastouderbureau.complaints.cases.command.OpenFeedbackCaseCommand;
import nl.gastouderbureau.complaints.cases.query.CaseProjection;
import nl.gastouderbureau.complaints.cases.query.CaseViews;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.testsupport.TestInfrastructure;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The replay trigger over HTTP: the case projection is emptied and rebuilt from the event store
 * while its status shows the replay, and only staff or management may start one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.kafka.listener.auto-startup=false")
@DirtiesContext
class ProjectionReplayIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROJECTION = "/api/v1/admin/projections/" + CaseProjection.PROCESSING_GROUP;

    @Autowired
    private CommandGateway commands;

    @Autowired
    private CaseViews views;

    @Autowired
    private MongoDatabase database;

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.registerKafka(registry);
        TestInfrastructure.registerMongo(registry, "cases-replay-it");
        TestInfrastructure.registerPostgres(registry, "cases_replay_it");
    }

    @Test
    void staffReplayTheCaseProjectionAndSeeWhenItIsDone() throws Exception {
        List<String> caseIds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = UUID.randomUUID().toString();
            commands.sendAndWait(new OpenFeedbackCaseCommand(new CaseId(id), "FB-2026-R" + i, SubmissionKind.TIP,
                    Channel.PHONE, SubmitterRole.FRIEND, null, Language.NL, "Een tip", null, false, Instant.now(),
                    Duration.ofDays(14), 0));
            caseIds.add(id);
        }
        caseIds.forEach(id -> assertThat(views.awaitVersion(id, 0, PATIENCE)).isPresent());
        String lost = caseIds.get(0);
        database.getCollection("cases").deleteOne(new Document("_id", lost));

        HttpResponse<String> started = send("POST", PROJECTION + "/replay", "staff");

        assertThat(started.statusCode()).isEqualTo(202);
        JsonNode status = JSON.readTree(started.body());
        assertThat(status.path("name").asText()).isEqualTo(CaseProjection.PROCESSING_GROUP);
        long replayHead = status.path("replayHead").asLong();
        assertThat(replayHead).isGreaterThanOrEqualTo(2);
        JsonNode done = awaitReplayDone();
        assertThat(done.path("position").asLong()).isGreaterThanOrEqualTo(replayHead);
        assertThat(views.awaitVersion(lost, 0, PATIENCE)).as("the lost document is rebuilt").isPresent();
    }

    @Test
    void onlyStaffAndManagementReplayAndTheForwarderNever() throws Exception {
        assertThat(send("POST", PROJECTION + "/replay", "client").statusCode()).isEqualTo(403);
        assertThat(send("GET", PROJECTION, "manager").statusCode()).isEqualTo(200);

        HttpResponse<String> forwarder = send("POST", "/api/v1/admin/projections/kafka-forwarder/replay", "manager");
        assertThat(forwarder.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(forwarder.body()).path("rule").asText()).isEqualTo(ProjectionReplays.REPLAY_NOT_ALLOWED);
        assertThat(send("GET", "/api/v1/admin/projections/no-such-processor", "staff").statusCode()).isEqualTo(404);
    }

    private JsonNode awaitReplayDone() throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        JsonNode status = null;
        while (Instant.now().isBefore(deadline)) {
            status = JSON.readTree(send("GET", PROJECTION, "staff").body());
            if (status.path("replayDone").asBoolean()) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The replay did not finish within " + PATIENCE + "; last status " + status);
    }

    private HttpResponse<String> send(String method, String path, String account) throws Exception {
        String login = Base64.getEncoder().encodeToString((account + ":" + account).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + login)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
