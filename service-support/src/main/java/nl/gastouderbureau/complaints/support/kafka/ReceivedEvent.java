package nl.gastouderbureau.complaints.support.kafka;

import nl.gastouderbureau.complaints.events.EventCodec;
import nl.gastouderbureau.complaints.events.EventCodec.UnreadableEventException;
import nl.gastouderbureau.complaints.events.EventHeaders;
import nl.gastouderbureau.complaints.events.EventType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * A record read from a topic: its headers and its payload decoded by logical type.
 *
 * @param payload the decoded event, or null when the type is one this reader does not know
 *                (a newer producer's event, which a consumer may skip)
 */
public record ReceivedEvent(String eventId, String type, int schemaVersion, Instant occurredAt,
                            String correlationId, String key, Object payload) {

    /** @throws UnreadableEventException when headers are missing or the JSON does not fit its type */
    public static ReceivedEvent from(ConsumerRecord<String, byte[]> record) {
        String eventId = header(record, EventHeaders.EVENT_ID)
                .orElseThrow(() -> new UnreadableEventException("Record without " + EventHeaders.EVENT_ID, null));
        String type = header(record, EventHeaders.EVENT_TYPE)
                .orElseThrow(() -> new UnreadableEventException("Record without " + EventHeaders.EVENT_TYPE, null));
        try {
            int version = header(record, EventHeaders.SCHEMA_VERSION).map(Integer::parseInt).orElse(1);
            Instant occurredAt = header(record, EventHeaders.OCCURRED_AT).map(Instant::parse).orElse(null);
            Object payload = EventType.byName(type).isPresent() ? EventCodec.fromJson(record.value(), type) : null;
            return new ReceivedEvent(eventId, type, version, occurredAt,
                    header(record, EventHeaders.CORRELATION_ID).orElse(null), record.key(), payload);
        } catch (RuntimeException e) {
            throw e instanceof UnreadableEventException u ? u : new UnreadableEventException("Bad headers on " + eventId, e);
        }
    }

    /** The event type a record's header names, without reading the record itself. */
    public static Optional<String> typeOf(ConsumerRecord<?, ?> record) {
        return header(record, EventHeaders.EVENT_TYPE);
    }

    private static Optional<String> header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? Optional.empty() : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }
}
