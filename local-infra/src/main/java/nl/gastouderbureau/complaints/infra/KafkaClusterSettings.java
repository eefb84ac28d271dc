package nl.gastouderbureau.complaints.infra;

import java.util.HashMap;
import java.util.Map;

/** The settings of the nodes of a {@link KafkaCluster}; the data directory is added by the node. */
final class KafkaClusterSettings {

    private static final String CONTROLLER = KafkaStorage.CONTROLLER_LISTENER;

    private KafkaClusterSettings() {
    }

    static Map<String, String> controller(int nodeId, int port, int brokers) {
        Map<String, String> settings = common(nodeId, nodeId, port, brokers);
        settings.put("process.roles", "controller");
        settings.put("listeners", CONTROLLER + "://localhost:" + port);
        settings.put("listener.security.protocol.map", CONTROLLER + ":PLAINTEXT");
        return settings;
    }

    static Map<String, String> broker(int nodeId, int port, int controllerId, int controllerPort, int brokers) {
        Map<String, String> settings = common(nodeId, controllerId, controllerPort, brokers);
        settings.put("process.roles", "broker");
        settings.put("listeners", "PLAINTEXT://localhost:" + port);
        settings.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        settings.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER + ":PLAINTEXT");
        settings.put("inter.broker.listener.name", "PLAINTEXT");
        settings.put("auto.create.topics.enable", "true");
        KafkaStorage.tuneForSmallMachine(settings);
        return settings;
    }

    /** What both roles must agree on: the controller applies topic defaults, the brokers enforce them. */
    private static Map<String, String> common(int nodeId, int controllerId, int controllerPort, int brokers) {
        String replicas = String.valueOf(brokers);
        String minInSync = String.valueOf(Math.max(1, brokers - 1));
        Map<String, String> settings = new HashMap<>();
        settings.put("node.id", String.valueOf(nodeId));
        // A static quorum of one dedicated controller: losing brokers never costs the quorum.
        settings.put("controller.quorum.voters", controllerId + "@localhost:" + controllerPort);
        settings.put("controller.listener.names", CONTROLLER);
        // Thread pools sized for a server only slow four nodes down on two cores.
        settings.put("num.network.threads", "2");
        settings.put("num.io.threads", "2");
        settings.put("background.threads", "2");
        // Kafka waits 9 s by default before it fences a broker that stopped heartbeating; a killed
        // leader's partitions would have no leader that long, longer than a producer waits for its ack.
        settings.put("broker.heartbeat.interval.ms", "500");
        settings.put("broker.session.timeout.ms", "4000");
        settings.put("num.partitions", "3");
        settings.put("default.replication.factor", replicas);
        settings.put("min.insync.replicas", minInSync);
        // Only an in-sync replica may lead: a lagging one would drop records that were acknowledged.
        settings.put("unclean.leader.election.enable", "false");
        settings.put("offsets.topic.replication.factor", replicas);
        settings.put("transaction.state.log.replication.factor", replicas);
        settings.put("transaction.state.log.min.isr", minInSync);
        settings.put("share.coordinator.state.topic.replication.factor", replicas);
        settings.put("share.coordinator.state.topic.min.isr", minInSync);
        return settings;
    }
}
