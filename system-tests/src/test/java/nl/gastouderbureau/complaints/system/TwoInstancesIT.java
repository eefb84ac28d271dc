package nl.gastouderbureau.complaints.system;

import com.fasterxml.jackson.databind.JsonNode;
import nl.gastouderbureau.complaints.launcher.LocalSystem;
import nl.gastouderbureau.complaints.launcher.Service;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault 6 of the reliability suite: two instances each of case-service, notification-service and
 * reporting-service at once, on the same databases and in the same consumer groups. The work is
 * split (each instance's own counters show it handled some), every event is handled once (one
 * case, one acknowledgement, one count per submission), and every deadline fires once although
 * both case-service instances poll the same deadline table (one reminder and one escalation per case).
 * <p>
 * Case-service's Axon processors (the forwarder, the case projection) run on one instance at a
 * time: the token claim in PostgreSQL decides which, and the other takes over when a claim goes
 * stale. Commands, deadlines and HTTP are served by both.
 */
@Order(TheSystem.AFTER_THE_SHARED_SYSTEM)
class TwoInstancesIT {

    private static final int SUBMISSIONS = 24;
    private static final Duration RESPONSE_PERIOD = Duration.ofSeconds(20);
    private static final Duration SETTLE = Duration.ofMinutes(4);
    private static final String MANAGEMENT = "management@gastouderbureau.example";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static LocalSystem system;

    @BeforeAll
    static void start() {
        TheSystem.stop();
        LocalSystem.Options options = new LocalSystem.Options(Path.of("..").toAbsolutePath().normalize(),
                TheSystem.freshDataDirectory(), true).withInstances(2);
        for (Service service : List.of(Service.INTAKE, Service.CASE)) {
            // The promise is due a few seconds after it is made, its reminder halfway.
            options = options.withSetting(service, "complaints.deadlines.feedback-response", RESPONSE_PERIOD.toString())
                    .withSetting(service, "complaints.deadlines.reminder-before", RESPONSE_PERIOD.dividedBy(2).toString());
        }
        system = LocalSystem.start(options);
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void twoInstancesSplitTheWorkHandleEveryEventOnceAndFireEveryDeadlineOnce() throws Exception {
        awaitBothMembersOf("case-service", "notification-service", "reporting-service");
        SystemHttp http = new SystemHttp(system);
        List<Submission> submissions = new ArrayList<>();
        for (int i = 0; i < SUBMISSIONS; i++) {
            String email = "twee-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
            HttpResponse<String> response = http.send("POST", Service.INTAKE, "/api/v1/feedback", null, """
                    {"kind":"IDEA","message":"Een idee voor twee.","submitterRole":"NEIGHBOUR","category":"OTHER",
                     "contact":{"email":"%s"}}""".formatted(email));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
            JsonNode answer = SystemHttp.JSON.readTree(response.body());
            submissions.add(new Submission(answer.get("submissionId").asText(), answer.get("reference").asText(), email));
        }

        OncePerSubmission once = new OncePerSubmission(system);
        once.assertEachIsOneCaseOneAcknowledgementOneMail(submissions, SETTLE);
        assertThat(new Holdings(system).receivedIn("OTHER")).as("one count per submission").isEqualTo(SUBMISSIONS);

        Thread.sleep(RESPONSE_PERIOD.toMillis());
        awaitEscalated(submissions);
        Quiescence.await(system, SETTLE);
        CaseEventStore store = new CaseEventStore(system);
        Holdings holdings = new Holdings(system);
        for (Submission submission : submissions) {
            assertThat(store.eventsOf(submission.id())).as("the events of %s", submission)
                    .containsOnlyOnce("FeedbackResponseReminderDue", "FeedbackResponseOverdue");
            assertThat(holdings.notifications(submission)).extracting(entry -> entry.get("type").asText())
                    .as("notifications of %s", submission)
                    .containsExactlyInAnyOrder("ACKNOWLEDGEMENT", "REMINDER", "ESCALATION");
            assertThat(system.mail().messages()).filteredOn(mail -> mail.to().contains(MANAGEMENT)
                            && mail.subject().contains("[" + submission.reference() + "]"))
                    .as("escalation mails about %s", submission).hasSize(1);
        }

        assertThat(total(Service.CASE, "complaints_deadlines_fired_total")).as("deadlines fired, over both instances")
                .isEqualTo(2.0 * SUBMISSIONS);
        for (int instance = 1; instance <= 2; instance++) {
            assertThat(counter(Service.CASE, instance, "complaints_cases_opened_total"))
                    .as("cases opened by case-service %d", instance).isPositive();
            assertThat(counter(Service.NOTIFICATION, instance, "complaints_mails_sent_total"))
                    .as("mails sent by notification-service %d", instance).isPositive();
            assertThat(counter(Service.REPORTING, instance, "complaints_reporting_events_projected_total"))
                    .as("events projected by reporting-service %d", instance).isPositive();
        }
        assertThat(total(Service.CASE, "complaints_cases_opened_total")).as("cases opened, over both instances")
                .isEqualTo(SUBMISSIONS);
    }

    /** Until every consumer group has two members that each own partitions: only then can work be split. */
    private static void awaitBothMembersOf(String... groups) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafkaBootstrapServers()))) {
            long deadline = System.nanoTime() + SETTLE.toNanos();
            while (true) {
                Map<String, ConsumerGroupDescription> described = admin.describeConsumerGroups(List.of(groups)).all().get();
                List<String> notSplit = described.values().stream()
                        .filter(group -> group.members().stream().filter(member -> !member.assignment().topicPartitions().isEmpty()).count() < 2)
                        .map(group -> group.groupId() + " " + group.members().size() + " member(s)")
                        .toList();
                if (notSplit.isEmpty()) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Not split between two members within " + SETTLE.toSeconds() + " s: " + notSplit);
                }
                Thread.sleep(500);
            }
        }
    }

    /** Until every case had its escalation: its response came due {@link #RESPONSE_PERIOD} after it opened. */
    private static void awaitEscalated(List<Submission> submissions) throws Exception {
        CaseEventStore store = new CaseEventStore(system);
        long deadline = System.nanoTime() + SETTLE.toNanos();
        List<Submission> waiting = new ArrayList<>(submissions);
        while (!waiting.isEmpty()) {
            waiting.removeIf(submission -> store.eventsOf(submission.id()).contains("FeedbackResponseOverdue"));
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No FeedbackResponseOverdue within " + SETTLE.toSeconds() + " s for " + waiting);
            }
            Thread.sleep(500);
        }
    }

    private static double total(Service service, String meter) throws Exception {
        double total = 0;
        for (int instance = 1; instance <= system.instances(service); instance++) {
            total += counter(service, instance, meter);
        }
        return total;
    }

    /** The sum of a counter over all its tags on one instance, from its Prometheus page. */
    private static double counter(Service service, int instance, String meter) throws Exception {
        URI prometheus = system.url(service, instance).resolve("/actuator/prometheus");
        String page = HTTP.send(HttpRequest.newBuilder(prometheus).build(), HttpResponse.BodyHandlers.ofString()).body();
        return page.lines()
                .filter(line -> line.startsWith(meter + "{") || line.startsWith(meter + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
