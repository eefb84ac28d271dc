package nl.gastouderbureau.complaints.infra;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.kafka.metadata.properties.MetaPropertiesEnsemble;
import org.apache.kafka.metadata.storage.Formatter;

/** Kafka's storage format step, which a KRaft node needs once before its first start. */
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
}
