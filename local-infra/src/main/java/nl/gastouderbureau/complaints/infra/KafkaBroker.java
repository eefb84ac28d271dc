package nl.gastouderbureau.complaints.infra;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real Apache Kafka broker in this JVM, in KRaft combined mode: one node that is both broker
 * and controller. With a data directory it keeps its topics and offsets across restarts; without
 * one it uses a throwaway directory.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = KafkaStorage.CONTROLLER_LISTENER;

    private final KafkaRaftServer server;
    private final int port;
    private final Path dataDir;
    private final boolean throwaway;
    private boolean closed;

    private KafkaBroker(KafkaRaftServer server, int port, Path dataDir, boolean throwaway) {
        this.server = server;
        this.port = port;
        this.dataDir = dataDir;
        this.throwaway = throwaway;
    }

    public static KafkaBroker start(int port, Path dataDir) {
        boolean throwaway = dataDir == null;
        Path dir = throwaway ? Directories.createTemp("kafka-") : Directories.create(dataDir.toAbsolutePath());
        int brokerPort = FreePorts.orFree(port);
        try {
            KafkaStorage.formatIfNew(dir, NODE_ID, Uuid.randomUuid().toString());
            KafkaBroker broker = new KafkaBroker(startServer(settings(brokerPort, FreePorts.pick(), dir)), brokerPort, dir, throwaway);
            StopOnExit.register(broker);
            return broker;
        } catch (RuntimeException e) {
            if (throwaway) {
                Directories.deleteRecursively(dir);
            }
            throw e;
        }
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        StopOnExit.unregister(this);
        server.shutdown();
        server.awaitShutdown();
        if (throwaway) {
            Directories.deleteRecursively(dataDir);
        }
    }

    @Override
    public String toString() {
        return "Kafka broker on " + bootstrapServers();
    }

    private static KafkaRaftServer startServer(Map<String, String> settings) {
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(settings), Time.SYSTEM);
        try {
            server.startup();
            return server;
        } catch (RuntimeException e) {
            server.shutdown();
            throw e;
        }
    }

    private static Map<String, String> settings(int port, int controllerPort, Path dir) {
        Map<String, String> settings = new HashMap<>();
        settings.put("process.roles", "broker,controller");
        settings.put("node.id", String.valueOf(NODE_ID));
        // A static quorum rather than a formatted one, so the controller may take another free port on every start.
        settings.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        settings.put("controller.listener.names", CONTROLLER_LISTENER);
        settings.put("listeners", "PLAINTEXT://localhost:" + port + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        settings.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        settings.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        settings.put("inter.broker.listener.name", "PLAINTEXT");
        settings.put("log.dirs", dir.toString());
        settings.put("num.partitions", "3");
        settings.put("auto.create.topics.enable", "true");
        settings.put("offsets.topic.replication.factor", "1");
        settings.put("transaction.state.log.replication.factor", "1");
        settings.put("transaction.state.log.min.isr", "1");
        settings.put("share.coordinator.state.topic.replication.factor", "1");
        settings.put("share.coordinator.state.topic.min.isr", "1");
        KafkaStorage.tuneForSmallMachine(settings);
        // A local system left alone for weeks should still find its history and its consumers' offsets.
        settings.put("log.retention.ms", "-1");
        settings.put("offsets.retention.minutes", String.valueOf(10 * 365 * 24 * 60));
        return settings;
    }
}
