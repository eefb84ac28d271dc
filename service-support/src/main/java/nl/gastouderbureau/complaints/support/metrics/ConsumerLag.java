package nl.gastouderbureau.complaints.support.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * How far each of this service's consumer groups is behind, per topic: the records on the broker
 * that the group has not committed yet, as the gauge {@code complaints.kafka.consumer.lag{group,topic}}.
 * <p>
 * Measured from the broker's side (committed offsets against end offsets) rather than read from the
 * consumers' own fetch metrics, which only exist while a consumer is fetching and know nothing of
 * a group that stopped. A partition the group never committed counts from its earliest offset,
 * as the consumers start there ({@code auto-offset-reset: earliest}).
 */
public class ConsumerLag {

    public static final String METER = "complaints.kafka.consumer.lag";
    private static final Logger log = LoggerFactory.getLogger(ConsumerLag.class);

    /** A consumer group and the topics it reads. */
    public record Subscription(String group, Collection<String> topics) {
    }

    private final Admin admin;
    private final Supplier<List<Subscription>> subscriptions;
    private final MeterRegistry meters;
    private final Duration timeout;
    private final Map<String, AtomicLong> lags = new ConcurrentHashMap<>();

    public ConsumerLag(Admin admin, Supplier<List<Subscription>> subscriptions, MeterRegistry meters, Duration timeout) {
        this.admin = admin;
        this.subscriptions = subscriptions;
        this.meters = meters;
        this.timeout = timeout;
    }

    /** Asks the broker once and updates the gauges; a failure keeps the last values and is logged. */
    public void refresh() {
        for (Subscription subscription : subscriptions.get()) {
            try {
                lagPerTopic(subscription).forEach((topic, lag) -> gauge(subscription.group(), topic).set(lag));
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    return;
                }
                log.debug("Could not measure the lag of consumer group {}: {}", subscription.group(), e.toString());
            }
        }
    }

    private Map<String, Long> lagPerTopic(Subscription subscription) throws Exception {
        Map<String, TopicDescription> topics = admin.describeTopics(subscription.topics()).allTopicNames()
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        List<TopicPartition> partitions = topics.values().stream()
                .flatMap(topic -> topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())))
                .toList();
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(subscription.group())
                .partitionsToOffsetAndMetadata().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, ListOffsetsResultInfo> latest = offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, ListOffsetsResultInfo> earliest = offsets(partitions, OffsetSpec.earliest());
        Map<String, Long> lag = new HashMap<>();
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata done = committed.get(partition);
            long from = done != null ? done.offset() : earliest.get(partition).offset();
            lag.merge(partition.topic(), Math.max(0, latest.get(partition).offset() - from), Long::sum);
        }
        return lag;
    }

    private Map<TopicPartition, ListOffsetsResultInfo> offsets(List<TopicPartition> partitions, OffsetSpec spec) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(partition -> request.put(partition, spec));
        return admin.listOffsets(request).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private AtomicLong gauge(String group, String topic) {
        return lags.computeIfAbsent(group + "\u0000" + topic, key -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder(METER, value, AtomicLong::get)
                    .description("Records on the topic that the consumer group has not committed yet")
                    .tags("group", group, "topic", topic)
                    .register(meters);
            return value;
        });
    }
}
