package nl.gastouderbureau.complaints.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * The logical name and schema version of every event that crosses a service boundary. The name,
 * never the Java class name, travels in the {@code eventType} header.
 */
public enum EventType {
    SUBMISSION_RECEIVED("SubmissionReceived", 1, SubmissionReceived.class),
    FEEDBACK_CASE_OPENED("FeedbackCaseOpened", 1, FeedbackCaseOpened.class);

    private final String logicalName;
    private final int schemaVersion;
    private final Class<?> payloadType;

    EventType(String logicalName, int schemaVersion, Class<?> payloadType) {
        this.logicalName = logicalName;
        this.schemaVersion = schemaVersion;
        this.payloadType = payloadType;
    }

    public String logicalName() {
        return logicalName;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    public Class<?> payloadType() {
        return payloadType;
    }

    public static Optional<EventType> byName(String logicalName) {
        return Arrays.stream(values()).filter(t -> t.logicalName.equals(logicalName)).findFirst();
    }

    public static EventType of(Object payload) {
        return Arrays.stream(values())
                .filter(t -> t.payloadType == payload.getClass())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a shared event: " + payload.getClass().getName()));
    }
}
