package nl.gastouderbureau.complaints.support.kafka;

import nl.gastouderbureau.complaints.events.EventCodec;
import nl.gastouderbureau.complaints.events.EventHeaders;
import nl.gastouderbureau.complaints.events.EventType;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Publishes shared events as JSON with the headers of DESIGN §4 and waits for the broker's ack. */
public class EventPublisher {

    private final KafkaTemplate<String, byte[]> kafka;
    private final Duration ackTimeout;
    private final PublishFaults faults;

    public EventPublisher(KafkaTemplate<String, byte[]> kafka, Duration ackTimeout) {
        this(kafka, ackTimeout, PublishFaults.NONE);
    }

    public EventPublisher(KafkaTemplate<String, byte[]> kafka, Duration ackTimeout, PublishFaults faults) {
        this.kafka = kafka;
        this.ackTimeout = ackTimeout;
        this.faults = faults;
    }

    /**
     * Returns only once the broker acknowledged the record (with {@code acks=all}, once every
     * in-sync replica has it).
     *
     * @throws PublishFailedException if the broker did not acknowledge in time
     */
    public void publish(String topic, String key, Object event, EventMetadata metadata) {
        awaitAcks(topic, List.of(send(topic, key, event, metadata)));
    }

    /**
     * Hands the record to the producer without waiting for its ack, so that a batch of records
     * travels together; {@link #awaitAcks} then waits for all of them. An injected fault halts
     * before the record is handed over, or once it is acknowledged and before anyone hears so.
     *
     * @throws PublishFailedException if the producer refused the record at once
     */
    public CompletableFuture<?> send(String topic, String key, Object event, EventMetadata metadata) {
        faults.beforePublish(topic, key);
        try {
            return kafka.send(record(topic, key, event, metadata)).whenComplete((acknowledged, failure) -> {
                if (failure == null) {
                    faults.afterPublish(topic, key);
                }
            });
        } catch (RuntimeException e) {
            throw new PublishFailedException(topic, e);
        }
    }

    /**
     * Returns once the broker acknowledged every one of the records, within one ack timeout.
     *
     * @throws PublishFailedException if any of them was not acknowledged in time
     */
    public void awaitAcks(String topic, Collection<? extends CompletableFuture<?>> acks) {
        try {
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException(topic, e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new PublishFailedException(topic, e);
        }
    }

    static ProducerRecord<String, byte[]> record(String topic, String key, Object event, EventMetadata metadata) {
        EventType type = EventType.of(event);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, EventCodec.toJson(event));
        Headers headers = record.headers();
        header(headers, EventHeaders.EVENT_ID, metadata.eventId());
        header(headers, EventHeaders.EVENT_TYPE, type.logicalName());
        header(headers, EventHeaders.SCHEMA_VERSION, Integer.toString(type.schemaVersion()));
        header(headers, EventHeaders.OCCURRED_AT, metadata.occurredAt().toString());
        header(headers, EventHeaders.CORRELATION_ID, metadata.correlationId());
        return record;
    }

    private static void header(Headers headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    public static class PublishFailedException extends RuntimeException {
        public PublishFailedException(String topic, Throwable cause) {
            super("Kafka did not acknowledge a record on " + topic, cause);
        }
    }
}
