package nl.gastouderbureau.complaints.reporting.it;

import nl.gastouderbureau.complaints.events.CaseEvent;
import nl.gastouderbureau.complaints.events.EventCodec;
import nl.gastouderbureau.complaints.events.EventHeaders;
import nl.gastouderbureau.complaints.events.EventType;
import nl.gastouderbureau.complaints.events.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Publishes records to {@code cases.events.v1} as the case service does: JSON with the event headers. */
final class CaseEventsTopic implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    CaseEventsTopic(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 0),
                new StringSerializer(), new ByteArraySerializer());
    }

    void publish(String eventId, CaseEvent event) {
        publishRaw(event.caseId(), eventId, EventType.of(event).logicalName(), EventCodec.toJson(event));
    }

    void publishRaw(String key, String eventId, String eventType, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.CASE_EVENTS, key, value);
        header(record, EventHeaders.EVENT_ID, eventId);
        header(record, EventHeaders.EVENT_TYPE, eventType);
        header(record, EventHeaders.SCHEMA_VERSION, "1");
        header(record, EventHeaders.OCCURRED_AT, Instant.now().toString());
        header(record, EventHeaders.CORRELATION_ID, eventId);
        try {
            producer.send(record).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not take the record", e);
        }
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
