package nl.gastouderbureau.complaints.support.kafka;

import java.time.Instant;

/** What travels in the headers of a record besides its type (DESIGN §4). */
public record EventMetadata(String eventId, Instant occurredAt, String correlationId) {
}
