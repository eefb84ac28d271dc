package nl.gastouderbureau.complaints.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerIT {

    @Test
    void aRecordSentCanBeConsumed() throws Exception {
        try (KafkaBroker broker = KafkaBroker.start(0, null)) {
            send(broker, "intake.test", "case-1", "filed");

            assertThat(readAll(broker, "intake.test")).containsExactly("case-1=filed");
        }
    }

    @Test
    void topicsAndGroupsSurviveARestartOnTheSameData(@TempDir Path dataDir) throws Exception {
        try (KafkaBroker broker = KafkaBroker.start(0, dataDir)) {
            send(broker, "cases.test", "case-2", "decided");
            assertThat(readAll(broker, "cases.test")).containsExactly("case-2=decided");
        }

        try (KafkaBroker broker = KafkaBroker.start(0, dataDir)) {
            send(broker, "cases.test", "case-2", "closed");
            assertThat(readAll(broker, "cases.test")).containsExactly("case-2=closed");
        }
    }

    private static void send(KafkaBroker broker, String topic, String key, String value) throws Exception {
        Map<String, Object> settings = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    /** Reads through a consumer group, so a restart must also keep the group's committed offsets. */
    private static List<String> readAll(KafkaBroker broker, String topic) {
        Map<String, Object> settings = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-group",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<String> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    records.add(record.key() + "=" + record.value());
                }
            }
            consumer.commitSync();
        }
        return records;
    }
}
