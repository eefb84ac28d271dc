package nl.gastouderbureau.complaints.testsupport;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.gastouderbureau.complaints.events.EventCodec;
import nl.gastouderbureau.complaints.events.EventHeaders;
import nl.gastouderbureau.complaints.events.EventType;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads what a topic holds, from the beginning, without joining a consumer group: for assertions
 * such as "nothing reached Kafka" or "exactly one record".
 */
public final class KafkaProbe {

    /** A record as read; headers are decoded as UTF-8, the last value winning for a repeated key. */
    public record TopicRecord(String key, byte[] value, Map<String, String> headers, int partition, long offset) {

        public String valueAsString() {
            return value == null ? null : new String(value, UTF_8);
        }

        /**
         * The value as JSON with its personal texts decrypted by the event codec, as far as it holds
         * their keys: what a test looks for a text in, now that the wire carries only ciphertext.
         * A record that is not a readable event is its raw text.
         */
        public String decryptedValue() {
            String type = headers.get(EventHeaders.EVENT_TYPE);
            if (value == null || type == null || EventType.byName(type).isEmpty()) {
                return valueAsString();
            }
            try {
                return PLAIN.writeValueAsString(EventCodec.fromJson(value, type));
            } catch (JsonProcessingException | RuntimeException unreadable) {
                return valueAsString();
            }
        }
    }

    /** Without the codec's personal-data module, so a decrypted text is written as it is. */
    private static final ObjectMapper PLAIN = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private static final Duration POLL = Duration.ofMillis(100);

    private final String bootstrapServers;

    public KafkaProbe(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public static KafkaProbe onTestInfrastructure() {
        return new KafkaProbe(TestInfrastructure.get().kafkaBootstrapServers());
    }

    /** Every record the topic holds now, by partition and offset; none when the topic does not exist. */
    public List<TopicRecord> readAll(String topic, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(settings())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(partition -> new TopicPartition(topic, partition.partition()))
                    .toList();
            if (partitions.isEmpty()) {
                return List.of();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
            List<TopicRecord> records = new ArrayList<>();
            while (!reachedEnds(consumer, ends)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + topic + " to its end within " + timeout);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    records.add(toTopicRecord(record));
                }
            }
            records.sort(Comparator.comparingInt(TopicRecord::partition).thenComparingLong(TopicRecord::offset));
            return records;
        }
    }

    /** Waits until the topic holds at least {@code count} records, then returns all it holds. */
    public List<TopicRecord> awaitRecords(String topic, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<TopicRecord> records = readAll(topic, timeout);
            if (records.size() >= count) {
                return records;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Expected " + count + " record(s) on " + topic + " within " + timeout
                        + " but found " + records.size());
            }
            sleep(Duration.ofMillis(200));
        }
    }

    private Map<String, Object> settings() {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // Looking must not create the topic it looks at.
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    }

    private static boolean reachedEnds(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private static TopicRecord toTopicRecord(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), UTF_8));
        }
        return new TopicRecord(record.key(), record.value(), Collections.unmodifiableMap(headers),
                record.partition(), record.offset());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
