package nl.gastouderbureau.complaints.testsupport;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import nl.gastouderbureau.complaints.infra.KafkaBroker;
import nl.gastouderbureau.complaints.infra.MailCatcher;
import nl.gastouderbureau.complaints.infra.MongoStore;
import nl.gastouderbureau.complaints.infra.PostgresDatabases;
import nl.gastouderbureau.complaints.infra.PostgresServer;
import nl.gastouderbureau.complaints.infra.PostgresServer.Durability;
import nl.gastouderbureau.complaints.infra.StopOnExit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Kafka, PostgreSQL, a MongoDB-protocol store and an SMTP catcher for integration tests, started
 * once per JVM and stopped when it exits. With a Docker daemon they are the real images in
 * containers; without one, the embedded servers of local-infra on free ports with throwaway data.
 * SMTP is always the embedded catcher, so tests can read what was sent; it also holds the
 * agency's mailbox, readable over IMAP ({@link AgencyMailbox}).
 *
 * <p>The system property {@code complaints.test-infrastructure=embedded|containers} overrides the choice.
 */
public final class TestInfrastructure implements AutoCloseable {

    public enum Mode { CONTAINERS, EMBEDDED }

    private static final Logger LOG = LoggerFactory.getLogger(TestInfrastructure.class);
    private static final String KAFKA_IMAGE = "apache/kafka:4.2.1";
    private static final String POSTGRES_IMAGE = "postgres:18";
    private static final String MONGO_IMAGE = "mongo:8";

    private static TestInfrastructure instance;

    private final Mode mode;
    private final String kafkaBootstrapServers;
    private final UnaryOperator<String> jdbcUrlOfDatabase;
    private final String postgresUsername;
    private final String postgresPassword;
    private final UnaryOperator<String> mongoUriOfDatabase;
    private final MailCatcher mail;
    private final List<AutoCloseable> resources;

    private TestInfrastructure(Mode mode, String kafkaBootstrapServers, UnaryOperator<String> jdbcUrlOfDatabase,
                               String postgresUsername, String postgresPassword, UnaryOperator<String> mongoUriOfDatabase,
                               MailCatcher mail, List<AutoCloseable> resources) {
        this.mode = mode;
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.jdbcUrlOfDatabase = jdbcUrlOfDatabase;
        this.postgresUsername = postgresUsername;
        this.postgresPassword = postgresPassword;
        this.mongoUriOfDatabase = mongoUriOfDatabase;
        this.mail = mail;
        this.resources = resources;
    }

    public static synchronized TestInfrastructure get() {
        if (instance == null) {
            Mode mode = chooseMode();
            long started = System.nanoTime();
            instance = mode == Mode.CONTAINERS ? startContainers() : startEmbedded();
            StopOnExit.register(instance);
            LOG.info("Test infrastructure: {}, started in {} ms. Kafka {}, PostgreSQL {}, MongoDB {}, SMTP localhost:{}",
                    mode == Mode.CONTAINERS ? "Docker containers" : "embedded servers (no Docker daemon, or chosen)",
                    (System.nanoTime() - started) / 1_000_000, instance.kafkaBootstrapServers,
                    instance.jdbcUrlOfDatabase.apply("<database>"), instance.mongoUriOfDatabase.apply("<database>"), instance.mail.port());
        }
        return instance;
    }

    public Mode mode() {
        return mode;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    /** The JDBC URL of the database, which is created if it does not exist yet. */
    public String jdbcUrl(String database) {
        PostgresDatabases.createIfMissing(jdbcUrlOfDatabase.apply("postgres"), postgresUsername, postgresPassword, database);
        return jdbcUrlOfDatabase.apply(database);
    }

    public String postgresUsername() {
        return postgresUsername;
    }

    public String postgresPassword() {
        return postgresPassword;
    }

    public String mongoUri(String database) {
        return mongoUriOfDatabase.apply(database);
    }

    public MailCatcher mail() {
        return mail;
    }

    // The registrations ask for the infrastructure only when Spring reads the property, so nothing
    // starts before the test's logging is set up.

    public static void registerKafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> get().kafkaBootstrapServers());
    }

    public static void registerMongo(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.mongodb.uri", () -> get().mongoUri(database));
    }

    public static void registerPostgres(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.datasource.url", () -> get().jdbcUrl(database));
        registry.add("spring.datasource.username", () -> get().postgresUsername());
        registry.add("spring.datasource.password", () -> get().postgresPassword());
    }

    public static void registerMail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> get().mail().host());
        registry.add("spring.mail.port", () -> get().mail().port());
    }

    /** Points intake's mail-in at the agency's mailbox in the test mail server and switches it on. */
    public static void registerMailIn(DynamicPropertyRegistry registry) {
        registry.add("complaints.mail-in.enabled", () -> "true");
        registry.add("complaints.mail-in.host", () -> get().mail().host());
        registry.add("complaints.mail-in.port", () -> get().mail().imapPort());
        registry.add("complaints.mail-in.ssl", () -> "false");
        registry.add("complaints.mail-in.username", () -> get().mail().mailbox().address());
        registry.add("complaints.mail-in.password", () -> get().mail().mailbox().password());
    }

    @Override
    public void close() throws Exception {
        for (int i = resources.size() - 1; i >= 0; i--) {
            resources.get(i).close();
        }
    }

    private static Mode chooseMode() {
        String chosen = System.getProperty("complaints.test-infrastructure");
        if (chosen != null) {
            return Mode.valueOf(chosen.toUpperCase(Locale.ROOT));
        }
        return DockerClientFactory.instance().isDockerAvailable() ? Mode.CONTAINERS : Mode.EMBEDDED;
    }

    private static TestInfrastructure startContainers() {
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE)
                .withEnv("KAFKA_NUM_PARTITIONS", "3")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        PostgreSQLContainer postgres = new PostgreSQLContainer(POSTGRES_IMAGE);
        MongoDBContainer mongo = new MongoDBContainer(MONGO_IMAGE).withReplicaSet();
        Startables.deepStart(kafka, postgres, mongo).join();
        MailCatcher mail = MailCatcher.start(0, null);
        String postgresServer = "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT);
        return new TestInfrastructure(Mode.CONTAINERS, kafka.getBootstrapServers(), database -> postgresServer + "/" + database,
                postgres.getUsername(), postgres.getPassword(), mongo::getReplicaSetUrl, mail,
                List.of(kafka, postgres, mongo, mail));
    }

    private static TestInfrastructure startEmbedded() {
        KafkaBroker kafka = KafkaBroker.start(0, null);
        PostgresServer postgres = PostgresServer.start(0, null, Durability.FAST);
        MongoStore mongo = MongoStore.start(0, null);
        MailCatcher mail = MailCatcher.start(0, null);
        return new TestInfrastructure(Mode.EMBEDDED, kafka.bootstrapServers(), postgres::jdbcUrl,
                postgres.username(), postgres.password(), mongo::connectionString, mail,
                List.of(kafka, postgres, mongo, mail));
    }
}
