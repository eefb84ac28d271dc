package nl.gastouderbureau.complaints.testsupport;

import nl.gastouderbureau.complaints.infra.KafkaCluster;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A Kafka cluster of three brokers for one test class that takes brokers away: replication
 * factor 3 and {@code min.insync.replicas} 2 for every topic. A test class registers it with
 * {@code @RegisterExtension static final ReplicatedKafka kafka = new ReplicatedKafka();} and
 * {@link #register} in its {@code @DynamicPropertySource}; the cluster starts when Spring first
 * reads the bootstrap servers and stops after the class.
 * <p>
 * It is local-infra's {@link KafkaCluster} with or without Docker: each broker a JVM of its own,
 * killed with SIGKILL and started again on the same port. Containers would not do here: a killed
 * container comes back on other mapped host ports, while a broker must come back at the address
 * it advertised to its clients.
 */
public final class ReplicatedKafka implements AfterAllCallback {

    public static final int BROKERS = 3;
    public static final short REPLICATION_FACTOR = 3;
    public static final int MIN_IN_SYNC_REPLICAS = 2;

    private static final Logger LOG = LoggerFactory.getLogger(ReplicatedKafka.class);

    private KafkaCluster cluster;

    /** The cluster, started on first use. */
    public synchronized KafkaCluster cluster() {
        if (cluster == null) {
            long started = System.nanoTime();
            cluster = KafkaCluster.start(BROKERS, null);
            LOG.info("{} (embedded, one JVM per node, with or without Docker), started in {} ms",
                    cluster, (System.nanoTime() - started) / 1_000_000);
        }
        return cluster;
    }

    /** Points the service at the cluster and has it create its topics replicated to every broker. */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> cluster().bootstrapServers());
        registry.add("complaints.kafka.replication-factor", () -> REPLICATION_FACTOR);
        registry.add("complaints.kafka.min-insync-replicas", () -> MIN_IN_SYNC_REPLICAS);
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (cluster != null) {
            cluster.close();
            cluster = null;
        }
    }
}
