package nl.gastouderbureau.complaints.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.Uuid;

/**
 * A real Apache Kafka cluster on loopback: one KRaft controller and a number of brokers, each
 * node a JVM of its own so that a broker can be killed outright (SIGKILL) and started again on
 * the same port and data. Topics are replicated to every broker by default, with
 * {@code min.insync.replicas} one less, so an acknowledged record survives the loss of a broker
 * and, with {@code acks=all}, a producer is refused rather than acknowledged once too few remain.
 *
 * <p>The controller runs apart from the brokers: killing brokers never costs the metadata quorum,
 * so the controller fences a dead broker, moves leadership to an in-sync replica and shrinks the
 * in-sync set, which is what the brokers' replication guarantees rest on.
 */
public final class KafkaCluster implements AutoCloseable {

    private static final int CONTROLLER_ID = 0;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Path dir;
    private final boolean throwaway;
    private final KafkaNodeProcess controller;
    private final Map<Integer, KafkaNodeProcess> brokers;
    private final Map<Integer, Integer> ports;
    private Admin admin;
    private boolean closed;

    private KafkaCluster(Path dir, boolean throwaway, KafkaNodeProcess controller,
                         Map<Integer, KafkaNodeProcess> brokers, Map<Integer, Integer> ports) {
        this.dir = dir;
        this.throwaway = throwaway;
        this.controller = controller;
        this.brokers = brokers;
        this.ports = ports;
    }

    /**
     * Starts a controller and {@code brokerCount} brokers on free loopback ports and waits until
     * every broker has registered.
     *
     * @param dataDir where the nodes keep their data; null for a throwaway directory
     */
    public static KafkaCluster start(int brokerCount, Path dataDir) {
        boolean throwaway = dataDir == null;
        Path dir = throwaway ? Directories.createTemp("kafka-cluster-") : Directories.create(dataDir.toAbsolutePath());
        String clusterId = Uuid.randomUuid().toString();
        int controllerPort = FreePorts.pick();
        Map<Integer, Integer> ports = new LinkedHashMap<>();
        IntStream.rangeClosed(1, brokerCount).forEach(id -> ports.put(id, FreePorts.pick()));
        KafkaNodeProcess controller = KafkaNodeProcess.start(CONTROLLER_ID, dir.resolve("controller"), clusterId,
                KafkaClusterSettings.controller(CONTROLLER_ID, controllerPort, brokerCount));
        Map<Integer, KafkaNodeProcess> brokers = new LinkedHashMap<>();
        ports.forEach((id, port) -> brokers.put(id, KafkaNodeProcess.start(id, dir.resolve("broker-" + id), clusterId,
                KafkaClusterSettings.broker(id, port, CONTROLLER_ID, controllerPort, brokerCount))));
        KafkaCluster cluster = new KafkaCluster(dir, throwaway, controller, brokers, ports);
        StopOnExit.register(cluster);
        try {
            cluster.awaitRegistered(ports.keySet());
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** Every broker's address, so a client finds the cluster while any one of them is up. */
    public String bootstrapServers() {
        return ports.values().stream().map(port -> "localhost:" + port).collect(Collectors.joining(","));
    }

    public List<Integer> brokerIds() {
        return List.copyOf(brokers.keySet());
    }

    public boolean isRunning(int brokerId) {
        return broker(brokerId).isAlive();
    }

    /** The broker that leads the partition now, as the controller last told the brokers. */
    public int leaderOf(String topic, int partition) {
        Node leader = partitionInfo(topic, partition).leader();
        if (leader == null || leader.isEmpty()) {
            throw new IllegalStateException(topic + "-" + partition + " has no leader");
        }
        return leader.id();
    }

    /** The brokers in the partition's in-sync replica set. */
    public Set<Integer> inSyncReplicasOf(String topic, int partition) {
        return partitionInfo(topic, partition).isr().stream().map(Node::id).collect(Collectors.toSet());
    }

    /** Kills the broker's JVM (SIGKILL) and waits until it is gone. */
    public void kill(int brokerId) {
        broker(brokerId).kill();
    }

    /** Starts a killed broker again on its port and data, and waits until it has registered. */
    public void restart(int brokerId) {
        broker(brokerId).start();
        awaitRegistered(Set.of(brokerId));
    }

    /** Waits until every partition of the topic has all its replicas in sync again, e.g. after a restart. */
    public void awaitFullyReplicated(String topic, Duration timeout) {
        await(() -> {
            try {
                return describe(topic).partitions().stream()
                        .allMatch(partition -> partition.isr().size() == partition.replicas().size());
            } catch (RuntimeException e) {
                return false;
            }
        }, timeout, topic + " to be fully replicated");
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        StopOnExit.unregister(this);
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
        // The brokers together, then the controller they report their shutdown to.
        brokers.values().forEach(KafkaNodeProcess::requestStop);
        brokers.values().forEach(KafkaNodeProcess::awaitStop);
        controller.requestStop();
        controller.awaitStop();
        if (throwaway) {
            Directories.deleteRecursively(dir);
        }
    }

    @Override
    public String toString() {
        return "Kafka cluster of " + brokers.size() + " brokers on " + bootstrapServers();
    }

    private KafkaNodeProcess broker(int brokerId) {
        KafkaNodeProcess broker = brokers.get(brokerId);
        if (broker == null) {
            throw new IllegalArgumentException("No broker " + brokerId + " in " + this);
        }
        return broker;
    }

    /** Made once the brokers listen: before that it would only fill the log with refused connections. */
    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000));
        }
        return admin;
    }

    private TopicPartitionInfo partitionInfo(String topic, int partition) {
        return describe(topic).partitions().get(partition);
    }

    private TopicDescription describe(String topic) {
        return get(() -> admin().describeTopics(List.of(topic)).allTopicNames().get().get(topic));
    }

    /** The cluster lists only brokers the controller holds as alive and unfenced. */
    private void awaitRegistered(Set<Integer> brokerIds) {
        await(() -> {
            failIfExited(controller);
            brokerIds.forEach(id -> failIfExited(broker(id)));
            if (!brokerIds.stream().allMatch(id -> isListening(ports.get(id)))) {
                return false;
            }
            try {
                Set<Integer> registered = get(() -> admin().describeCluster().nodes().get()).stream()
                        .map(Node::id).collect(Collectors.toSet());
                return registered.containsAll(brokerIds);
            } catch (RuntimeException e) {
                return false;
            }
        }, START_TIMEOUT, "brokers " + brokerIds + " to register");
    }

    private static boolean isListening(int port) {
        try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void failIfExited(KafkaNodeProcess node) {
        if (!node.isAlive()) {
            throw new IllegalStateException("Kafka node " + node.nodeId() + " exited; its log ends with:\n"
                    + node.logTail(40));
        }
    }

    private static void await(BooleanSupplier condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Timed out after " + timeout + " waiting for " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + what, e);
            }
        }
    }

    private interface AdminCall<T> {
        T call() throws InterruptedException, ExecutionException;
    }

    private static <T> T get(AdminCall<T> call) {
        try {
            return call.call();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
