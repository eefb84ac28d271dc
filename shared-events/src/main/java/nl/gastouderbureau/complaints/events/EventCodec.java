package nl.gastouderbureau.complaints.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import nl.gastouderbureau.complaints.events.privacy.PersonalDataModule;
import nl.gastouderbureau.complaints.events.privacy.SubjectKeys;

import java.io.IOException;

/**
 * JSON on the wire. Readers ignore fields they do not know, so a producer may add fields without
 * breaking older consumers; instants are ISO-8601 strings.
 * <p>
 * Personal data travels encrypted (DESIGN P1) once a service {@linkplain #protectWith protects}
 * the codec with its key store, which every service does at start-up (service-support). Until
 * then personal texts are written as they are and encrypted ones read as null: a unit test sees
 * the plain wire form, and a reader without keys sees no personal data.
 */
public final class EventCodec {

    private static final ObjectMapper WITHOUT_KEYS = mapper(PersonalDataModule.withoutKeys());
    private static volatile ObjectMapper mapper = WITHOUT_KEYS;

    private EventCodec() {
    }

    /**
     * Encrypts and decrypts personal data with {@code keys} from now on, in this whole JVM.
     *
     * @return undoes this, unless another protection was installed since
     */
    public static synchronized Runnable protectWith(SubjectKeys keys) {
        ObjectMapper previous = mapper;
        ObjectMapper protectedMapper = mapper(new PersonalDataModule(keys));
        mapper = protectedMapper;
        return () -> {
            synchronized (EventCodec.class) {
                if (mapper == protectedMapper) {
                    mapper = previous;
                }
            }
        };
    }

    /** The codec's JSON settings with {@code module} for personal data: also what Axon stores events with. */
    public static ObjectMapper mapper(PersonalDataModule module) {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(module)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .build();
    }

    public static byte[] toJson(Object event) {
        try {
            return mapper.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + event.getClass().getSimpleName(), e);
        }
    }

    public static <T> T fromJson(byte[] json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (IOException e) {
            throw new UnreadableEventException("Cannot read " + type.getSimpleName(), e);
        }
    }

    /** Reads a record of the given logical type, as named by its {@code eventType} header. */
    public static Object fromJson(byte[] json, String logicalType) {
        EventType type = EventType.byName(logicalType)
                .orElseThrow(() -> new UnreadableEventException("Unknown event type " + logicalType, null));
        return fromJson(json, type.payloadType());
    }

    /** A record that no retry will make readable; it belongs on the dead-letter topic. */
    public static final class UnreadableEventException extends RuntimeException {
        public UnreadableEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
