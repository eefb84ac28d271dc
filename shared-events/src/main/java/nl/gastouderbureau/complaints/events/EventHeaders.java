package nl.gastouderbureau.complaints.events;

/** Kafka header names every record carries (DESIGN §4). Values are UTF-8 strings. */
public final class EventHeaders {

    public static final String EVENT_ID = "eventId";
    public static final String EVENT_TYPE = "eventType";
    public static final String SCHEMA_VERSION = "schemaVersion";
    public static final String OCCURRED_AT = "occurredAt";
    public static final String CORRELATION_ID = "correlationId";

    private EventHeaders() {
    }
}
