package nl.gastouderbureau.complaints.benchmarks;

import nl.gastouderbureau.complaints.events.Actor;
import nl.gastouderbureau.complaints.events.CaseCategorised;
import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.EventCodec;
import nl.gastouderbureau.complaints.events.EventHeaders;
import nl.gastouderbureau.complaints.events.EventType;
import nl.gastouderbureau.complaints.events.FeedbackCaseOpened;
import nl.gastouderbureau.complaints.events.FeedbackOutcome;
import nl.gastouderbureau.complaints.events.FeedbackResponseRecorded;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.events.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Synthetic history for the rebuild's growth figure, produced straight to {@code cases.events.v1}
 * rather than through the services, which would take hours for a million events: each synthetic
 * case is an anonymous tip by phone, reclassified and answered, three valid events with the
 * headers the case service writes. They are received in 2001 so the reports of the current period
 * do not change, and their references start with {@code SYN}; they are not in the event store,
 * so the case projection's replay does not see them.
 */
final class SyntheticCaseEvents {

    static final int EVENTS_PER_CASE = 3;
    private static final Instant RECEIVED = Instant.parse("2001-03-01T09:00:00Z");
    private static final Actor STAFF = new Actor("benchmark", Actor.STAFF);

    private SyntheticCaseEvents() {
    }

    /** Produces at least {@code events} events (whole cases) and waits for every ack. */
    static long produce(String kafka, long events) {
        long cases = (events + EVENTS_PER_CASE - 1) / EVENTS_PER_CASE;
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, "20",
                ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(Duration.ofMinutes(5).toMillis())),
                new StringSerializer(), new ByteArraySerializer())) {
            for (long c = 0; c < cases && failure.get() == null; c++) {
                for (ProducerRecord<String, byte[]> record : caseRecords(c)) {
                    producer.send(record, (metadata, error) -> {
                        if (error != null) {
                            failure.compareAndSet(null, error);
                        }
                    });
                }
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("Kafka refused synthetic events", failure.get());
        }
        return cases * EVENTS_PER_CASE;
    }

    private static List<ProducerRecord<String, byte[]>> caseRecords(long n) {
        String caseId = UUID.randomUUID().toString();
        Instant at = RECEIVED.plusSeconds(n % 86_400);
        return List.of(
                record(caseId, new FeedbackCaseOpened(caseId, "SYN-2001-" + n, SubmissionKind.TIP, Channel.PHONE,
                        SubmitterRole.NEIGHBOUR, Category.COMMUNICATION, Language.NL, IntakeClient.MESSAGE, null, false,
                        at, at.plus(Duration.ofDays(14))), at),
                record(caseId, new CaseCategorised(caseId, Category.SCHEDULING, STAFF, at.plusSeconds(60)), at.plusSeconds(60)),
                record(caseId, new FeedbackResponseRecorded(caseId, FeedbackOutcome.NOTED, "Dank voor de tip.", false, STAFF,
                        at.plus(Duration.ofDays(2))), at.plus(Duration.ofDays(2))));
    }

    private static ProducerRecord<String, byte[]> record(String caseId, Object event, Instant occurredAt) {
        EventType type = EventType.of(event);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.CASE_EVENTS, caseId, EventCodec.toJson(event));
        header(record, EventHeaders.EVENT_ID, UUID.randomUUID().toString());
        header(record, EventHeaders.EVENT_TYPE, type.logicalName());
        header(record, EventHeaders.SCHEMA_VERSION, Integer.toString(type.schemaVersion()));
        header(record, EventHeaders.OCCURRED_AT, occurredAt.toString());
        header(record, EventHeaders.CORRELATION_ID, "benchmark-synthetic");
        return record;
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
