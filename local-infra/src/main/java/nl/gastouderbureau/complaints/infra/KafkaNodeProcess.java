package nl.gastouderbureau.complaints.infra;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One {@link KafkaNode} in a JVM of its own, with its data, settings and output in one directory.
 * It can be started again on the same directory after it was killed.
 */
final class KafkaNodeProcess {

    /** Small enough that four nodes and the services fit beside each other on a laptop. */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    private static final String LOGGING = """
            <configuration>
              <appender name="out" class="ch.qos.logback.core.ConsoleAppender">
                <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n</pattern></encoder>
              </appender>
              <logger name="state.change.logger" level="INFO"/>
              <root level="WARN"><appender-ref ref="out"/></root>
            </configuration>
            """;

    private final int nodeId;
    private final Path dir;
    private final String clusterId;
    private Process process;

    private KafkaNodeProcess(int nodeId, Path dir, String clusterId) {
        this.nodeId = nodeId;
        this.dir = dir;
        this.clusterId = clusterId;
    }

    /** Writes the node's settings into {@code dir} and starts it; call {@link #start()} again after {@link #kill()}. */
    static KafkaNodeProcess start(int nodeId, Path dir, String clusterId, Map<String, String> settings) {
        Directories.create(dir.resolve("data"));
        Properties properties = new Properties();
        properties.putAll(settings);
        properties.put("log.dirs", dir.resolve("data").toString());
        try (Writer writer = Files.newBufferedWriter(dir.resolve("node.properties"), StandardCharsets.UTF_8)) {
            properties.store(writer, "Kafka node " + nodeId);
            Files.writeString(dir.resolve("logback.xml"), LOGGING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        KafkaNodeProcess node = new KafkaNodeProcess(nodeId, dir, clusterId);
        node.start();
        return node;
    }

    synchronized void start() {
        if (isAlive()) {
            return;
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-Dlogback.configurationFile=" + dir.resolve("logback.xml"));
        command.add("-cp");
        command.add(classPath());
        command.add(KafkaNode.class.getName());
        command.add(dir.resolve("node.properties").toString());
        command.add(clusterId);
        try {
            process = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Kafka node " + nodeId, e);
        }
    }

    /**
     * The class path of this JVM, which holds local-infra and Kafka (also in a test run by Surefire),
     * made absolute because the node runs in its own directory.
     */
    private static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    int nodeId() {
        return nodeId;
    }

    synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL: no controlled shutdown, no flush, its connections simply break. */
    synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            awaitExit(30);
        }
    }

    /** SIGTERM, so the node shuts down in order; see {@link #awaitStop()}. */
    synchronized void requestStop() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    /** Waits for a requested stop, and kills the node if that takes too long. */
    synchronized void awaitStop() {
        if (process != null && !awaitExit(30)) {
            kill();
        }
    }

    Path log() {
        return dir.resolve("node.log");
    }

    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log(), StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(could not read " + log() + ": " + e.getMessage() + ")";
        }
    }

    private boolean awaitExit(int seconds) {
        try {
            return process.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
