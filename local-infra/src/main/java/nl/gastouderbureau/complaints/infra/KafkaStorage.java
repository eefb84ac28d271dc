package nl.gastouderbureau.complaints.infra;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.kafka.metadata.properties.MetaPropertiesEnsemble;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * What every local KRaft node shares: the storage format step, which a node needs once before its
 * first start, and the settings that suit a small machine.
 */
final class KafkaStorage {

    static final String CONTROLLER_LISTENER = "CONTROLLER";

    private KafkaStorage() {
    }

    /** Formats {@code dir} for the node unless it already holds a formatted node's data. */
    static void formatIfNew(Path dir, int nodeId, String clusterId) {
        if (Files.exists(dir.resolve(MetaPropertiesEnsemble.META_PROPERTIES_NAME))) {
            return;
        }
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(nodeId)
                    .setClusterId(clusterId)
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(dir.toString())
                    .addDirectory(dir.toString())
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not format Kafka storage in " + dir, e);
        }
    }

    /**
     * Fewer internal partitions start faster on two cores; the default cleaner buffer would take
     * 128 MB of heap; a consumer group need not wait for more members before its first assignment.
     */
    static void tuneForSmallMachine(Map<String, String> settings) {
        settings.put("group.initial.rebalance.delay.ms", "0");
        settings.put("offsets.topic.num.partitions", "5");
        settings.put("transaction.state.log.num.partitions", "5");
        settings.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
    }
}
