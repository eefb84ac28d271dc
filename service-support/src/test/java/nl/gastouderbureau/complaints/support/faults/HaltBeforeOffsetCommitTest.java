package nl.gastouderbureau.complaints.support.faults;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HaltBeforeOffsetCommitTest {

    private static final TopicPartition PARTITION = new TopicPartition("cases.events.v1", 0);

    private final List<String> crashes = new ArrayList<>();
    private final MockConsumer<Object, Object> kafka = new MockConsumer<>("earliest");

    @Test
    void haltsInTheCommitOfTheSecondHandledRecordBeforeTheBrokerHearsOfIt() {
        Consumer<Object, Object> consumer = wrapped(2);
        consumer.commitSync(Map.of(PARTITION, new OffsetAndMetadata(0)));
        kafka.addRecord(record(0));
        kafka.addRecord(record(1));
        consumer.poll(Duration.ZERO);

        consumer.commitSync(Map.of(PARTITION, new OffsetAndMetadata(1)));
        assertThat(crashes).isEmpty();
        assertThat(kafka.committed(java.util.Set.of(PARTITION)).get(PARTITION).offset()).isEqualTo(1);

        consumer.commitSync(Map.of(PARTITION, new OffsetAndMetadata(2)));
        assertThat(crashes).containsExactly("crash");
    }

    @Test
    void aCommitOfThePositionOnAssignmentIsNoRecordsCommit() {
        Consumer<Object, Object> consumer = wrapped(1);
        consumer.commitSync(Map.of(PARTITION, new OffsetAndMetadata(0)));
        consumer.commitSync(Map.of(PARTITION, new OffsetAndMetadata(0)));

        assertThat(crashes).isEmpty();
    }

    @Test
    void aRecordCommittedAgainCountsOnce() {
        Consumer<Object, Object> consumer = wrapped(2);
        kafka.addRecord(record(0));
        consumer.poll(Duration.ZERO);
        consumer.commitSync(Map.of(PARTITION, new OffsetAndMetadata(1)));
        consumer.commitSync(Map.of(PARTITION, new OffsetAndMetadata(1)));

        assertThat(crashes).isEmpty();
    }

    private Consumer<Object, Object> wrapped(int at) {
        kafka.assign(List.of(PARTITION));
        kafka.updateBeginningOffsets(Map.of(PARTITION, 0L));
        return new HaltBeforeOffsetCommit(new Halt("halt-before-offset-commit", at, () -> crashes.add("crash"))).apply(kafka);
    }

    private static ConsumerRecord<Object, Object> record(long offset) {
        return new ConsumerRecord<>(PARTITION.topic(), PARTITION.partition(), offset, "case-" + offset, new byte[0]);
    }
}
