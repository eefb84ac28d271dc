package nl.gastouderbureau.complaints.testsupport;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import nl.gastouderbureau.complaints.testsupport.KafkaProbe.TopicRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class SharedInfrastructureIT {

    private final TestInfrastructure infrastructure = TestInfrastructure.get();

    @Test
    void isStartedOncePerJvmAwayFromTheLocalSystemsPorts() {
        assertThat(TestInfrastructure.get()).isSameAs(infrastructure);
        assertThat(infrastructure.kafkaBootstrapServers()).doesNotEndWith(":9092");
        assertThat(infrastructure.mail().port()).isNotEqualTo(2525);
    }

    @Test
    void theProbeReadsARecordWithItsHeadersAndLeavesUnknownTopicsAlone() throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            ProducerRecord<String, String> record = new ProducerRecord<>("probe.test.v1", "case-1", "{\"kind\":\"IDEA\"}");
            record.headers().add("eventType", "FeedbackCaseOpened".getBytes(UTF_8));
            producer.send(record).get();
        }
        KafkaProbe probe = KafkaProbe.onTestInfrastructure();

        List<TopicRecord> records = probe.awaitRecords("probe.test.v1", 1, Duration.ofSeconds(20));

        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo("case-1");
            assertThat(record.valueAsString()).isEqualTo("{\"kind\":\"IDEA\"}");
            assertThat(record.headers()).containsEntry("eventType", "FeedbackCaseOpened");
        });
        assertThat(probe.readAll("probe.never.written", Duration.ofSeconds(10))).isEmpty();
        assertThat(probe.readAll("probe.never.written", Duration.ofSeconds(10))).isEmpty();
    }

    @Test
    void aDatabaseIsCreatedOnFirstUse() throws Exception {
        try (Connection connection = DriverManager.getConnection(infrastructure.jdbcUrl("support_it"),
                infrastructure.postgresUsername(), infrastructure.postgresPassword());
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE IF NOT EXISTS token (name TEXT PRIMARY KEY)");
            sql.execute("INSERT INTO token VALUES ('forwarder') ON CONFLICT DO NOTHING");
            try (ResultSet rows = sql.executeQuery("SELECT count(*) FROM token")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void aDocumentIsStoredAndFound() {
        try (MongoClient client = MongoClients.create(infrastructure.mongoUri("support_it"))) {
            MongoCollection<Document> views = client.getDatabase("support_it").getCollection("views");
            views.insertOne(new Document("_id", "case-1").append("status", "OPEN"));

            assertThat(views.find(new Document("_id", "case-1")).first()).containsEntry("status", "OPEN");
        }
    }

    @Test
    void aMailSentToTheCatcherArrives() throws Exception {
        Properties settings = new Properties();
        settings.put("mail.smtp.host", infrastructure.mail().host());
        settings.put("mail.smtp.port", String.valueOf(infrastructure.mail().port()));
        MimeMessage message = new MimeMessage(Session.getInstance(settings));
        message.setFrom("klachten@gastouderbureau.nl");
        message.setRecipients(RecipientType.TO, InternetAddress.parse("support-it@example.org"));
        message.setSubject("Ontvangstbevestiging");
        message.setText("Bedankt.");
        Transport.send(message);

        assertThat(infrastructure.mail().awaitMessages(mail -> mail.to().contains("support-it@example.org"), 1, Duration.ofSeconds(5)))
                .singleElement()
                .satisfies(mail -> assertThat(mail.subject()).isEqualTo("Ontvangstbevestiging"));
    }

    @Test
    void springPropertiesPointAtTheInfrastructure() {
        Map<String, Supplier<Object>> properties = new HashMap<>();
        TestInfrastructure.registerKafka(properties::put);
        TestInfrastructure.registerMongo(properties::put, "reporting");
        TestInfrastructure.registerPostgres(properties::put, "cases");
        TestInfrastructure.registerMail(properties::put);

        assertThat(properties.get("spring.kafka.bootstrap-servers").get()).isEqualTo(infrastructure.kafkaBootstrapServers());
        assertThat(properties.get("spring.mongodb.uri").get()).isEqualTo(infrastructure.mongoUri("reporting"));
        assertThat(properties.get("spring.datasource.url").get()).isEqualTo(infrastructure.jdbcUrl("cases"));
        assertThat(properties.get("spring.datasource.username").get()).isEqualTo(infrastructure.postgresUsername());
        assertThat(properties.get("spring.datasource.password").get()).isEqualTo(infrastructure.postgresPassword());
        assertThat(properties.get("spring.mail.host").get()).isEqualTo("localhost");
        assertThat(properties.get("spring.mail.port").get()).isEqualTo(infrastructure.mail().port());
    }
}
