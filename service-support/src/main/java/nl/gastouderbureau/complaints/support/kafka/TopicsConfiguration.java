package nl.gastouderbureau.complaints.support.kafka;

import nl.gastouderbureau.complaints.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

import java.util.List;

/**
 * Every service declares every topic, so none waits for another to start first. Dead-letter
 * topics get the same partition count: a dead letter keeps its partition.
 * <p>
 * On a cluster, {@code complaints.kafka.replication-factor} 3 with
 * {@code complaints.kafka.min-insync-replicas} 2 keeps every acknowledged record on two brokers at
 * least, and a producer with {@code acks=all} is refused, not acknowledged, once only one is left.
 * Without a minimum set here a topic takes the broker's default.
 */
@AutoConfiguration
public class TopicsConfiguration {

    @Bean
    KafkaAdmin.NewTopics complaintTopics(@Value("${complaints.kafka.partitions:3}") int partitions,
                                         @Value("${complaints.kafka.replication-factor:1}") short replicas,
                                         @Value("${complaints.kafka.min-insync-replicas:#{null}}") Integer minInSync) {
        return new KafkaAdmin.NewTopics(topics(partitions, replicas, minInSync).toArray(NewTopic[]::new));
    }

    static List<NewTopic> topics(int partitions, short replicas, Integer minInSync) {
        if (minInSync != null && (minInSync < 1 || minInSync > replicas)) {
            // Kafka would create such topics and then refuse every record sent with acks=all.
            throw new IllegalStateException("complaints.kafka.min-insync-replicas must be between 1 and the replication factor "
                    + replicas + ", not " + minInSync);
        }
        return List.of(
                topic(Topics.SUBMISSIONS, partitions, replicas, minInSync),
                topic(Topics.deadLetter(Topics.SUBMISSIONS), partitions, replicas, minInSync),
                topic(Topics.CASE_EVENTS, partitions, replicas, minInSync),
                topic(Topics.deadLetter(Topics.CASE_EVENTS), partitions, replicas, minInSync));
    }

    private static NewTopic topic(String name, int partitions, short replicas, Integer minInSync) {
        TopicBuilder topic = TopicBuilder.name(name).partitions(partitions).replicas(replicas);
        if (minInSync != null) {
            topic.config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, minInSync.toString());
        }
        return topic.build();
    }
}
