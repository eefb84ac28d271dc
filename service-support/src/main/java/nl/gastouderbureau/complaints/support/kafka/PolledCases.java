package nl.gastouderbureau.complaints.support.kafka;

import nl.gastouderbureau.complaints.support.privacy.MongoSubjectKeys;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.BatchListenerFailedException;

import java.util.List;
import java.util.Objects;

/** The cases of a batch listener's poll: every topic here is keyed by case id. */
public final class PolledCases {

    private PolledCases() {
    }

    /**
     * Reads the keys of the polled cases in one query, ahead of their records, instead of one
     * query per record while they are decoded. A failure is reported at the poll's first record,
     * from where the error handler retries.
     */
    public static void prefetchKeys(MongoSubjectKeys keys, List<? extends ConsumerRecord<String, ?>> records) {
        try {
            keys.prefetch(records.stream().map(ConsumerRecord::key).filter(Objects::nonNull).toList());
        } catch (RuntimeException e) {
            throw new BatchListenerFailedException("Cannot read the keys of the polled cases", e, 0);
        }
    }
}
