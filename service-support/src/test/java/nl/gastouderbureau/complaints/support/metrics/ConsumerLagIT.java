package nl.gastouderbureau.complaints.support.metrics;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.gastouderbureau.complaints.infra.KafkaBroker;
import nl.gastouderbureau.complaints.support.metrics.ConsumerLag.Subscription;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ConsumerLagIT {

    private static final String TOPIC = "lag.test.v1";
    private static final String GROUP = "lag-test-group";

    private static KafkaBroker broker;
    private static Admin admin;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = KafkaBroker.start(0, null);
        admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()));
        admin.createTopics(List.of(new NewTopic(TOPIC, 2, (short) 1))).all().get();
    }

    @AfterAll
    static void stopBroker() {
        admin.close();
        broker.close();
    }

    @Test
    void theLagIsWhatTheGroupHasNotCommittedAndFallsAsItCommits() throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", broker.bootstrapServers(), "acks", "all"), new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < 5; i++) {
                producer.send(new ProducerRecord<>(TOPIC, 0, "k", "on partition 0")).get();
            }
            for (int i = 0; i < 3; i++) {
                producer.send(new ProducerRecord<>(TOPIC, 1, "k", "on partition 1")).get();
            }
        }
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        ConsumerLag lag = new ConsumerLag(admin, () -> List.of(new Subscription(GROUP, List.of(TOPIC))), meters,
                Duration.ofSeconds(10));

        // Two of partition 0 done; partition 1 never committed, so all of it is still to do.
        commit(Map.of(new TopicPartition(TOPIC, 0), 2L));
        lag.refresh();
        assertThat(gauge(meters)).isEqualTo(3 + 3);

        commit(Map.of(new TopicPartition(TOPIC, 0), 5L, new TopicPartition(TOPIC, 1), 3L));
        lag.refresh();
        assertThat(gauge(meters)).isZero();
    }

    private static void commit(Map<TopicPartition, Long> offsets) throws Exception {
        admin.alterConsumerGroupOffsets(GROUP, offsets.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue()))))
                .all().get();
    }

    private static double gauge(SimpleMeterRegistry meters) {
        return meters.get(ConsumerLag.METER).tags("group", GROUP, "topic", TOPIC).gauge().value();
    }
}
