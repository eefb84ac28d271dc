package nl.gastouderbureau.complaints.benchmarks;

import nl.gastouderbureau.complaints.events.EventHeaders;
import nl.gastouderbureau.complaints.events.EventType;
import nl.gastouderbureau.complaints.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When each case was opened on {@code cases.events.v1}, by reference: the record's timestamp is
 * the moment case-service's forwarder handed the stored {@code FeedbackCaseOpened} to its producer.
 * That splits the time after intake's answer into case-service's part and notification-service's
 * part without asking either service. Reads from the end of the topic at the moment it starts, in
 * a thread of its own, without a consumer group.
 */
final class CaseOpenings implements AutoCloseable {

    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");
    private static final byte[] OPENED = EventType.FEEDBACK_CASE_OPENED.logicalName().getBytes(StandardCharsets.UTF_8);

    private final Map<String, Long> openedAtMillis = new ConcurrentHashMap<>();
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread reader;
    private volatile boolean running = true;

    CaseOpenings(String kafka) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.CASE_EVENTS).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        reader = new Thread(this::read, "case-openings");
        reader.setDaemon(true);
        reader.start();
    }

    /** @return when the case with this reference was published, in epoch milliseconds; null if not seen (yet) */
    Long openedAtMillis(String reference) {
        return openedAtMillis.get(reference);
    }

    private void read() {
        while (running) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                Header type = record.headers().lastHeader(EventHeaders.EVENT_TYPE);
                if (type != null && Arrays.equals(type.value(), OPENED)) {
                    Matcher matcher = REFERENCE.matcher(new String(record.value(), StandardCharsets.UTF_8));
                    if (matcher.find()) {
                        openedAtMillis.putIfAbsent(matcher.group(1), record.timestamp());
                    }
                }
            }
        }
        consumer.close();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        reader.join(Duration.ofSeconds(5).toMillis());
    }
}
