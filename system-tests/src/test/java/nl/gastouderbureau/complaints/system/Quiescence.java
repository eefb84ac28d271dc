package nl.gastouderbureau.complaints.system;

import nl.gastouderbureau.complaints.events.Topics;
import nl.gastouderbureau.complaints.launcher.LocalSystem;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Waits until the system has nothing left in flight: case-service's forwarder has published every
 * stored event and each consumer group has committed up to the end of its topic. Only then can a
 * test say that something happened once: a redelivery still waiting would otherwise come later.
 */
final class Quiescence {

    /** Who consumes which topic, by consumer group. */
    private static final Map<String, String> GROUPS = Map.of(
            "case-service", Topics.SUBMISSIONS,
            "notification-service", Topics.CASE_EVENTS,
            "reporting-service", Topics.CASE_EVENTS);
    private static final String FORWARDER = "kafka-forwarder";

    private Quiescence() {
    }

    /**
     * @throws AssertionError naming what is still behind when {@code budget} passed first
     */
    static void await(LocalSystem system, Duration budget) throws Exception {
        CaseEventStore store = new CaseEventStore(system);
        long deadline = System.nanoTime() + budget.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafkaBootstrapServers()))) {
            while (true) {
                List<String> behind = behind(admin, store);
                if (behind.isEmpty()) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Still busy after " + budget.toSeconds() + " s: " + String.join("; ", behind));
                }
                Thread.sleep(500);
            }
        }
    }

    private static List<String> behind(Admin admin, CaseEventStore store) throws ExecutionException, InterruptedException {
        List<String> behind = new ArrayList<>();
        long head = store.head();
        long forwarded = store.position(FORWARDER);
        if (forwarded < head) {
            behind.add("the forwarder is at event " + forwarded + " of " + head + " (segments " + store.claims(FORWARDER) + ")");
        }
        for (Map.Entry<String, String> group : GROUPS.entrySet()) {
            Map<TopicPartition, Long> lag = lag(admin, group.getKey(), group.getValue());
            if (!lag.isEmpty()) {
                behind.add("consumer group " + group.getKey() + " has not committed " + lag + " record(s) of " + group.getValue());
            }
        }
        return behind;
    }

    /** Records on each partition past the group's committed offset; partitions without lag are left out. */
    private static Map<TopicPartition, Long> lag(Admin admin, String group, String topic)
            throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                .forEach(partition -> latest.put(new TopicPartition(topic, partition.partition()), OffsetSpec.latest()));
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, Long> lag = new HashMap<>();
        admin.listOffsets(latest).all().get().forEach((partition, end) -> {
            OffsetAndMetadata at = committed.get(partition);
            long behind = end.offset() - (at == null ? 0 : at.offset());
            if (behind > 0) {
                lag.put(partition, behind);
            }
        });
        return lag;
    }
}
