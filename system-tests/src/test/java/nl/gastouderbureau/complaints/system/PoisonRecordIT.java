package nl.gastouderbureau.complaints.system;

import com.fasterxml.jackson.databind.JsonNode;
import nl.gastouderbureau.complaints.events.EventHeaders;
import nl.gastouderbureau.complaints.events.Topics;
import nl.gastouderbureau.complaints.launcher.LocalSystem;
import nl.gastouderbureau.complaints.launcher.Service;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static nl.gastouderbureau.complaints.system.SystemHttp.PATIENCE;
import static nl.gastouderbureau.complaints.system.SystemHttp.eventually;
import static nl.gastouderbureau.complaints.system.SystemHttp.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record nobody can read, on every partition of every topic, in front of real work: each
 * consumer group parks it on the topic's dead-letter topic with the error in its headers, and the
 * feedback sent after it still becomes a case, an acknowledgement and a count.
 */
class PoisonRecordIT {

    /** Who consumes which topic, by consumer group. */
    private static final Map<String, Set<String>> GROUPS = Map.of(
            Topics.SUBMISSIONS, Set.of("case-service"),
            Topics.CASE_EVENTS, Set.of("notification-service", "reporting-service", "intake-service"));
    /** Groups that skip, unread, every event type they do not handle: they read only a record with no known type. */
    private static final Set<String> READ_ONLY_THEIR_TYPES = Set.of("intake-service");

    @Test
    void poisonGoesToTheDeadLetterTopicWithItsErrorAndThePartitionKeepsFlowing() throws Exception {
        LocalSystem system = TheSystem.get();
        SystemHttp http = new SystemHttp(system);
        Set<String> expected = new HashSet<>();
        try (KafkaProducer<String, byte[]> producer = producer(system)) {
            for (String topic : GROUPS.keySet()) {
                for (PartitionInfo partition : producer.partitionsFor(topic)) {
                    for (boolean withHeaders : List.of(true, false)) {
                        ProducerRecord<String, byte[]> poison = new ProducerRecord<>(topic, partition.partition(),
                                UUID.randomUUID().toString(), "{\"caseId\": oops".getBytes(StandardCharsets.UTF_8));
                        if (withHeaders) {
                            header(poison, EventHeaders.EVENT_ID, UUID.randomUUID().toString());
                            header(poison, EventHeaders.EVENT_TYPE, topic.equals(Topics.SUBMISSIONS) ? "SubmissionReceived" : "FeedbackCaseOpened");
                            header(poison, EventHeaders.SCHEMA_VERSION, "1");
                            header(poison, EventHeaders.OCCURRED_AT, Instant.now().toString());
                        }
                        long offset = producer.send(poison).get().offset();
                        for (String group : GROUPS.get(topic)) {
                            if (withHeaders && READ_ONLY_THEIR_TYPES.contains(group)) {
                                continue;
                            }
                            expected.add(topic + "/" + partition.partition() + "/" + offset + "/" + group);
                        }
                    }
                }
            }
        }

        HttpResponse<String> accepted = http.send("POST", Service.INTAKE, "/api/v1/feedback", null, """
                {"kind":"REMARK","message":"Na het gif.","submitterRole":"FRIEND","contact":{"email":"na.het.gif@example.nl"}}""");
        assertThat(accepted.statusCode()).isEqualTo(202);
        String caseId = SystemHttp.JSON.readTree(accepted.body()).get("submissionId").asText();
        eventually(() -> okJson(http.send("GET", Service.CASE, "/api/v1/cases/" + caseId, "staff:staff", null)));
        JsonNode sent = eventually(() -> {
            JsonNode items = okJson(http.send("GET", Service.NOTIFICATION, "/api/v1/notifications?caseId=" + caseId, "staff:staff", null)).get("items");
            return items.size() > 0 && items.get(0).get("status").asText().equals("SENT") ? items.get(0) : null;
        });
        assertThat(sent.get("recipient").asText()).isEqualTo("na.het.gif@example.nl");

        Set<String> parked = new HashSet<>();
        try (KafkaConsumer<String, byte[]> deadLetters = consumer(system)) {
            deadLetters.subscribe(List.of(Topics.deadLetter(Topics.SUBMISSIONS), Topics.deadLetter(Topics.CASE_EVENTS)));
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (!parked.containsAll(expected) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : deadLetters.poll(Duration.ofMillis(500))) {
                    assertThat(text(record, "kafka_dlt-exception-message")).as("the error travels with the record").isNotBlank();
                    parked.add(text(record, "kafka_dlt-original-topic") + "/" + partition(record) + "/" + offset(record)
                            + "/" + text(record, "kafka_dlt-original-consumer-group"));
                }
            }
        }
        assertThat(parked).containsAll(expected);
    }

    private static KafkaProducer<String, byte[]> producer(LocalSystem system) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    private static KafkaConsumer<String, byte[]> consumer(LocalSystem system) {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "poison-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Spring Kafka writes the original partition and offset as big-endian int and long. */
    private static int partition(ConsumerRecord<?, ?> record) {
        return java.nio.ByteBuffer.wrap(record.headers().lastHeader("kafka_dlt-original-partition").value()).getInt();
    }

    private static long offset(ConsumerRecord<?, ?> record) {
        return java.nio.ByteBuffer.wrap(record.headers().lastHeader("kafka_dlt-original-offset").value()).getLong();
    }
}
