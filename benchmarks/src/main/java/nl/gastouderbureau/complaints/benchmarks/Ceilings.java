package nl.gastouderbureau.complaints.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.EventCodec;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmissionReceived;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.bson.types.Binary;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The raw ceilings: what the same Kafka broker, PostgreSQL server and MongoDB-protocol store do
 * without the system in between, with records and rows of the size the system writes. Each writes
 * into a place of its own (topic {@code benchmarks.ceiling}, schema {@code benchmarks}, database
 * {@code benchmarks}) and removes what it wrote.
 */
final class Ceilings {

    static final String TOPIC = "benchmarks.ceiling";

    record Measured(double perSecond, Latency latency) {
    }

    private final Settings settings;
    private final Admin admin;

    Ceilings(Settings settings, Admin admin) {
        this.settings = settings;
        this.admin = admin;
    }

    /** The size of a {@code SubmissionReceived} as intake publishes it: what every intake record weighs. */
    static byte[] submissionLikeRecord(int bytes) {
        SubmissionReceived sample = new SubmissionReceived(UUID.randomUUID().toString(), "FB-2026-000123",
                SubmissionKind.IDEA, Channel.PHONE, SubmitterRole.PARENT, null, Language.NL, null,
                IntakeClient.MESSAGE, null, null, null, false, null, Instant.now());
        byte[] real = EventCodec.toJson(sample);
        return bytes > 0 ? new byte[bytes] : real;
    }

    /** Asynchronous sends with {@code acks=all}, as many in flight as the producer batches: the broker's best. */
    Measured kafkaThroughput() throws Exception {
        createTopic();
        byte[] value = submissionLikeRecord(settings.recordBytes());
        Latency latency = new Latency();
        AtomicLong acked = new AtomicLong();
        Semaphore inFlight = new Semaphore(1_000);
        try (KafkaProducer<String, byte[]> producer = producer(Map.of(ProducerConfig.LINGER_MS_CONFIG, "5"))) {
            long started = System.nanoTime();
            long end = started + settings.ceilingDuration().toNanos();
            while (System.nanoTime() < end) {
                inFlight.acquire();
                long sent = System.nanoTime();
                producer.send(new ProducerRecord<>(TOPIC, UUID.randomUUID().toString(), value), (metadata, error) -> {
                    inFlight.release();
                    if (error == null) {
                        latency.recordNanos(System.nanoTime() - sent);
                        acked.incrementAndGet();
                    }
                });
            }
            producer.flush();
            return new Measured(acked.get() / ((System.nanoTime() - started) / 1e9), latency);
        }
    }

    /** One record at a time, waiting for each ack: the latency a request that publishes cannot beat. */
    Measured kafkaSingleSend() throws Exception {
        createTopic();
        byte[] value = submissionLikeRecord(settings.recordBytes());
        try (KafkaProducer<String, byte[]> producer = producer(Map.of(ProducerConfig.LINGER_MS_CONFIG, "0"))) {
            Load.Outcome outcome = Load.closedLoop(1, settings.ceilingDuration(), i -> {
                producer.send(new ProducerRecord<>(TOPIC, UUID.randomUUID().toString(), value)).get();
                return true;
            });
            return new Measured(outcome.perSecond(), outcome.latency());
        }
    }

    /** Single-row inserts, each its own transaction, from {@code ceiling-clients} connections. */
    Measured postgresInserts() throws Exception {
        try (Connection setup = DriverManager.getConnection(settings.jdbcUrl(), settings.jdbcUser(), settings.jdbcPassword());
             Statement ddl = setup.createStatement()) {
            ddl.execute("CREATE SCHEMA IF NOT EXISTS benchmarks");
            ddl.execute("DROP TABLE IF EXISTS benchmarks.raw_inserts");
            ddl.execute("CREATE TABLE benchmarks.raw_inserts (id bigserial PRIMARY KEY, event_id text NOT NULL, payload bytea NOT NULL)");
        }
        byte[] payload = submissionLikeRecord(settings.recordBytes());
        Queue<Connection> opened = new ConcurrentLinkedQueue<>();
        ThreadLocal<PreparedStatement> statements = ThreadLocal.withInitial(() -> {
            try {
                Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.jdbcUser(), settings.jdbcPassword());
                opened.add(connection);
                return connection.prepareStatement("INSERT INTO benchmarks.raw_inserts (event_id, payload) VALUES (?, ?)");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        Load.Outcome outcome = Load.closedLoop(settings.ceilingClients(), settings.ceilingDuration(), i -> {
            PreparedStatement insert = statements.get();
            insert.setString(1, UUID.randomUUID().toString());
            insert.setBytes(2, payload);
            return insert.executeUpdate() == 1;
        });
        for (Connection connection : opened) {
            connection.close();
        }
        try (Connection cleanup = DriverManager.getConnection(settings.jdbcUrl(), settings.jdbcUser(), settings.jdbcPassword());
             Statement ddl = cleanup.createStatement()) {
            ddl.execute("DROP SCHEMA benchmarks CASCADE");
        }
        return new Measured(outcome.perSecond(), outcome.latency());
    }

    /** Single {@code insertOne}s of a document the size of a case event, from {@code ceiling-clients} threads. */
    Measured mongoInserts() throws Exception {
        byte[] payload = submissionLikeRecord(settings.recordBytes());
        try (MongoClient client = MongoClients.create(settings.mongoUri())) {
            // A fresh name each run: the stand-in logs an error for dropping what is not there.
            MongoCollection<Document> collection = client.getDatabase("benchmarks").getCollection("raw_inserts_" + System.currentTimeMillis());
            Load.Outcome outcome = Load.closedLoop(settings.ceilingClients(), settings.ceilingDuration(), i -> {
                collection.insertOne(new Document("_id", UUID.randomUUID().toString()).append("payload", new Binary(payload)));
                return true;
            });
            collection.drop();
            return new Measured(outcome.perSecond(), outcome.latency());
        }
    }

    void removeTopic() {
        try {
            admin.deleteTopics(List.of(TOPIC)).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.err.println("Could not delete " + TOPIC + ": " + e.getMessage());
        }
    }

    private void createTopic() throws Exception {
        try {
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    private KafkaProducer<String, byte[]> producer(Map<String, String> overrides) {
        Map<String, Object> config = new HashMap<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafka(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(Duration.ofMinutes(2).toMillis())));
        config.putAll(overrides);
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }
}
