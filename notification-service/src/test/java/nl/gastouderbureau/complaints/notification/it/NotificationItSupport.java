package nl.gastouderbureau.complaints.notification.it;

import nl.gastouderbureau.complaints.infra.MailCatcher;
import nl.gastouderbureau.complaints.infra.MailCatcher.Mail;
import nl.gastouderbureau.complaints.testsupport.CaseEventsTopic;
import nl.gastouderbureau.complaints.testsupport.ServiceApi;
import nl.gastouderbureau.complaints.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The notification service against a real Kafka broker, a MongoDB-protocol store and an SMTP
 * catcher. All IT classes share this one configuration, so Spring starts the service once per
 * test JVM. Every test writes to its own addresses and references, so they share one mailbox safely.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "complaints.mail.delivery.backoff=PT0.1S",
        "complaints.mail.delivery.resend-interval=PT1S",
        "complaints.mail.management=" + NotificationItSupport.DIRECTOR + "," + NotificationItSupport.QUALITY_OFFICER
})
abstract class NotificationItSupport {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String GROUP = "notification-service";
    static final String DIRECTOR = "directie@gastouderbureau.example";
    static final String QUALITY_OFFICER = "kwaliteit@gastouderbureau.example";
    static final String STAFF_MAILBOX = "klachten@gastouderbureau.example";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.registerKafka(registry);
        TestInfrastructure.registerMongo(registry, "notifications");
        TestInfrastructure.registerMail(registry);
    }

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    ServiceApi api;
    CaseEventsTopic topic;

    @BeforeEach
    void connect() {
        api = new ServiceApi(port);
        topic = new CaseEventsTopic(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        topic.close();
    }

    static MailCatcher mail() {
        return TestInfrastructure.get().mail();
    }

    static Mail awaitMailTo(String email) {
        return awaitMail(m -> m.to().contains(email));
    }

    static Mail awaitMail(Predicate<Mail> filter) {
        return mail().awaitMessages(filter, 1, PATIENCE).get(0);
    }

    static List<Mail> mailsTo(String email) {
        return mail().messages().stream().filter(m -> m.to().contains(email)).toList();
    }

    static String uniqueAddress() {
        return "it-" + UUID.randomUUID() + "@example.nl";
    }

    /** A reference no other test uses, so staff and management mail can be told apart. */
    static String uniqueReference(String prefix) {
        return prefix + "-IT-" + UUID.randomUUID().toString().substring(0, 8);
    }

    ServiceApi.Response notificationsOf(String caseId) {
        return api.get("/api/v1/notifications?caseId=" + caseId, "staff");
    }
}
