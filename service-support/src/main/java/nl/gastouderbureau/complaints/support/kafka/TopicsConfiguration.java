package nl.gastouderbureau.complaints.support.kafka;

import nl.gastouderbureau.complaints.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Every service declares every topic, so none waits for another to start first. Dead-letter
 * topics get the same partition count: a dead letter keeps its partition.
 */
@AutoConfiguration
public class TopicsConfiguration {

    @Bean
    KafkaAdmin.NewTopics complaintTopics(@Value("${complaints.kafka.partitions:3}") int partitions,
                                         @Value("${complaints.kafka.replication-factor:1}") short replicas) {
        return new KafkaAdmin.NewTopics(
                topic(Topics.SUBMISSIONS, partitions, replicas),
                topic(Topics.deadLetter(Topics.SUBMISSIONS), partitions, replicas),
                topic(Topics.CASE_EVENTS, partitions, replicas),
                topic(Topics.deadLetter(Topics.CASE_EVENTS), partitions, replicas));
    }

    private static NewTopic topic(String name, int partitions, short replicas) {
        return TopicBuilder.name(name).partitions(partitions).replicas(replicas).build();
    }
}
