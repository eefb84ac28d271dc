package nl.gastouderbureau.complaints.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;

/**
 * The main class of one node of a {@link KafkaCluster}, run in a JVM of its own so that it can be
 * killed outright. Arguments: the node's settings file and the cluster id. The node formats its
 * data directory on first start, and stops when its standard input closes, which happens when
 * the JVM that started it is gone, so no node outlives a crashed test.
 */
public final class KafkaNode {

    private KafkaNode() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> settings = read(Path.of(args[0]));
        KafkaStorage.formatIfNew(Path.of(settings.get("log.dirs")), Integer.parseInt(settings.get("node.id")), args[1]);
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(settings), Time.SYSTEM);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown();
            server.awaitShutdown();
        }, "kafka-node-stop"));
        Thread orphanWatch = new Thread(() -> exitWhenClosed(System.in), "kafka-node-parent-watch");
        orphanWatch.setDaemon(true);
        orphanWatch.start();
        server.startup();
        server.awaitShutdown();
    }

    private static Map<String, String> read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> settings = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> settings.put(name, properties.getProperty(name)));
        return settings;
    }

    private static void exitWhenClosed(InputStream parent) {
        try {
            while (parent.read() >= 0) {
                // Nothing is ever sent; only the end of the stream matters.
            }
        } catch (IOException e) {
            // A broken pipe means the same as the end of the stream.
        }
        // A broker's orderly stop waits for the controller, which may be gone with the parent too.
        Thread deadline = new Thread(() -> {
            sleep(Duration.ofSeconds(15));
            Runtime.getRuntime().halt(1);
        }, "kafka-node-stop-deadline");
        deadline.setDaemon(true);
        deadline.start();
        System.exit(0);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
