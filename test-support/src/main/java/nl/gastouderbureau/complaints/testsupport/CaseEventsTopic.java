package nl.gastouderbureau.complaints.testsupport;

import nl.gastouderbureau.complaints.events.CaseEvent;
import nl.gastouderbureau.complaints.events.EventCodec;
import nl.gastouderbureau.complaints.events.EventHeaders;
import nl.gastouderbureau.complaints.events.EventType;
import nl.gastouderbureau.complaints.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * {@code cases.events.v1} as the case service writes it (JSON with the event headers), and a look
 * at how far a consumer group got, so a test can wait until a record was handled, mail or no mail.
 */
public final class CaseEventsTopic implements AutoCloseable {

    private final String bootstrapServers;
    private final KafkaProducer<String, byte[]> producer;
    private final Admin admin;

    public CaseEventsTopic(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 0),
                new StringSerializer(), new ByteArraySerializer());
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    public RecordMetadata publish(String eventId, CaseEvent event) {
        return publishRaw(event.caseId(), eventId, EventType.of(event).logicalName(), EventCodec.toJson(event));
    }

    public RecordMetadata publishRaw(String key, String eventId, String eventType, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.CASE_EVENTS, key, value);
        header(record, EventHeaders.EVENT_ID, eventId);
        header(record, EventHeaders.EVENT_TYPE, eventType);
        header(record, EventHeaders.SCHEMA_VERSION, "1");
        header(record, EventHeaders.OCCURRED_AT, Instant.now().toString());
        header(record, EventHeaders.CORRELATION_ID, eventId);
        try {
            return producer.send(record).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not take the record", e);
        }
    }

    /** Waits until {@code group} committed past the record: with record acks, it was handled. */
    public void awaitHandled(String group, RecordMetadata record, Duration patience) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        await().atMost(patience).until(() -> {
            OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS).get(partition);
            return committed != null && committed.offset() > record.offset();
        });
    }

    /** The record with this event id on the dead-letter topic, if it is there. */
    public Optional<ConsumerRecord<String, byte[]>> deadLetter(String eventId, Duration patience) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            String deadLetters = Topics.deadLetter(Topics.CASE_EVENTS);
            consumer.assign(consumer.partitionsFor(deadLetters).stream()
                    .map(p -> new TopicPartition(deadLetters, p.partition())).toList());
            consumer.seekToBeginning(consumer.assignment());
            Instant until = Instant.now().plus(patience);
            while (Instant.now().isBefore(until)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    Header header = record.headers().lastHeader(EventHeaders.EVENT_ID);
                    if (header != null && eventId.equals(new String(header.value(), StandardCharsets.UTF_8))) {
                        return Optional.of(record);
                    }
                }
            }
            return Optional.empty();
        }
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
        admin.close();
    }
}
