package nl.gastouderbureau.complaints.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Waits until the system has done what it was given: every consumer group has committed up to the
 * end of its topic, and the case service's processors (the Kafka forwarder and the projection)
 * have reached the head of the event store. A figure measured before that would pay for the
 * backlog of the one before.
 */
final class Quiet {

    /** The consumer groups of DESIGN §6 and the topic each reads. */
    static final Map<String, String> GROUPS = Map.of(
            "case-service", "intake.submissions.v1",
            "notification-service", "cases.events.v1",
            "reporting-service", "cases.events.v1");
    static final List<String> PROCESSORS = List.of("kafka-forwarder", "case-projection");

    private final Admin admin;
    private final Http http;
    private final URI cases;

    Quiet(Admin admin, Http http, URI cases) {
        this.admin = admin;
        this.http = http;
        this.cases = cases;
    }

    /** @return how long it took, or null when it did not happen within {@code timeout} */
    Duration await(Duration timeout) throws Exception {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        // Twice in a row, so records in flight between the two halves of a check are not missed.
        int quietChecks = 0;
        while (System.nanoTime() < deadline) {
            quietChecks = backlog() == 0 ? quietChecks + 1 : 0;
            if (quietChecks == 2) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            Thread.sleep(500);
        }
        return null;
    }

    /** Records and events not yet handled, all groups and processors together. */
    long backlog() throws Exception {
        long behind = 0;
        for (Map.Entry<String, String> group : GROUPS.entrySet()) {
            behind += lag(group.getKey(), group.getValue());
        }
        for (String processor : PROCESSORS) {
            JsonNode status = http.getJson(cases, "/api/v1/admin/projections/" + processor, "staff");
            behind += Math.max(0, status.path("head").asLong() - status.path("position").asLong());
        }
        return behind;
    }

    long lag(String group, String topic) throws Exception {
        Map<TopicPartition, Long> ends = endOffsets(topic);
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            lag += end.getValue() - (done == null ? 0 : done.offset());
        }
        return lag;
    }

    /** Records the topic holds (its retention keeps everything, so end offsets count them). */
    long records(String topic) throws Exception {
        return endOffsets(topic).values().stream().mapToLong(Long::longValue).sum();
    }

    private Map<TopicPartition, Long> endOffsets(String topic) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic).partitions()
                .forEach(p -> request.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(request).all().get(10, TimeUnit.SECONDS).forEach((tp, info) -> ends.put(tp, info.offset()));
        return ends;
    }
}
