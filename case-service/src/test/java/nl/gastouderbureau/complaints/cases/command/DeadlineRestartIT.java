package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.cases.CaseServiceApplication;
import nl.gastouderbureau.complaints.events.Actor;
import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.ConversationOutcome;
import nl.gastouderbureau.complaints.events.FeedbackResponseOverdue;
import nl.gastouderbureau.complaints.events.FeedbackResponseReminderDue;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.PersonalContactOverdue;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.support.web.RuleViolationException;
import nl.gastouderbureau.complaints.testsupport.TestInfrastructure;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A deadline set before the case service stops fires once after it starts again (DESIGN §3):
 * two application contexts, one after the other, on the same PostgreSQL database. The feedback
 * asks for personal contact, so the contact task's deadline (F6) is among them.
 */
class DeadlineRestartIT {

    private static final String DATABASE = "cases_restart_it";
    private static final Duration RESPONSE_PERIOD = Duration.ofSeconds(8);

    @Test
    void aDeadlinePendingAtShutdownFiresOnceAfterTheRestart() throws Exception {
        String caseId = UUID.randomUUID().toString();
        Instant receivedAt;

        try (ConfigurableApplicationContext first = start()) {
            receivedAt = Instant.now();
            CommandGateway commands = first.getBean(CommandGateway.class);
            commands.sendAndWait(new OpenFeedbackCaseCommand(new CaseId(caseId), "FB-2026-0901", SubmissionKind.IDEA,
                    Channel.WEB_FORM, SubmitterRole.PARENT, Category.OTHER, Language.NL, "Een idee", null, true,
                    receivedAt, RESPONSE_PERIOD, 0));
            refusalsReachTheSenderAsTheyWereThrown(commands, caseId);
            assertThat(storedEvents(first, caseId, FeedbackResponseOverdue.class)).isZero();
        }
        assertThat(Instant.now()).as("stopped before the deadline").isBefore(receivedAt.plus(RESPONSE_PERIOD));

        try (ConfigurableApplicationContext second = start()) {
            Instant patience = receivedAt.plus(RESPONSE_PERIOD).plusSeconds(20);
            while ((storedEvents(second, caseId, FeedbackResponseOverdue.class) == 0
                    || storedEvents(second, caseId, PersonalContactOverdue.class) == 0) && Instant.now().isBefore(patience)) {
                Thread.sleep(200);
            }
            // Long enough for another poll or two to fire it again, were it still pending.
            Thread.sleep(2_500);

            assertThat(storedEvents(second, caseId, FeedbackResponseOverdue.class)).isEqualTo(1);
            assertThat(storedEvents(second, caseId, FeedbackResponseReminderDue.class)).isEqualTo(1);
            assertThat(storedEvents(second, caseId, PersonalContactOverdue.class)).isEqualTo(1);
            assertThat(new JdbcTemplate(second.getBean(javax.sql.DataSource.class))
                    .queryForObject("SELECT count(*) FROM scheduled_tasks", Integer.class)).isZero();
        }
    }

    /** What the web side relies on: through the gateway a refusal arrives as the exception the case threw. */
    private static void refusalsReachTheSenderAsTheyWereThrown(CommandGateway commands, String caseId) {
        Actor staff = new Actor("staff", Actor.STAFF);
        assertThatThrownBy(() -> commands.sendAndWait(new RecordConversationCommand(new CaseId(caseId),
                LocalDate.now(), ConversationOutcome.RESOLVED, "Gesprek", null, staff, Instant.now())))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refusal -> assertThat(refusal.rule()).isEqualTo(Rules.NOT_AN_INFORMAL_COMPLAINT));
        assertThatThrownBy(() -> commands.sendAndWait(new CategoriseCaseCommand(new CaseId(caseId), Category.SAFETY,
                7L, staff, Instant.now())))
                .isInstanceOf(ConflictingAggregateVersionException.class);
    }

    private static ConfigurableApplicationContext start() {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.port", 0);
        properties.put("spring.datasource.url", infrastructure.jdbcUrl(DATABASE));
        properties.put("spring.datasource.username", infrastructure.postgresUsername());
        properties.put("spring.datasource.password", infrastructure.postgresPassword());
        properties.put("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
        properties.put("spring.mongodb.uri", infrastructure.mongoUri("cases-restart-it"));
        properties.put("complaints.deadlines.feedback-response", RESPONSE_PERIOD.toString());
        properties.put("complaints.deadlines.reminder-before", "PT2S");
        properties.put("complaints.deadlines.personal-contact", RESPONSE_PERIOD.toString());
        properties.put("complaints.deadline-scheduler.polling-interval", "PT1S");
        // Arguments, not builder properties: those are defaults, which application.yml overrides.
        String[] arguments = properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(CaseServiceApplication.class).run(arguments);
    }

    private static int storedEvents(ConfigurableApplicationContext context, String caseId, Class<?> type) {
        return new JdbcTemplate(context.getBean(javax.sql.DataSource.class)).queryForObject(
                "SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ? AND payloadType = ?",
                Integer.class, caseId, type.getName());
    }
}
