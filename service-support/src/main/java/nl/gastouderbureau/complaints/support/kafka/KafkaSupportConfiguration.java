package nl.gastouderbureau.complaints.support.kafka;

import nl.gastouderbureau.complaints.events.EventCodec.UnreadableEventException;
import nl.gastouderbureau.complaints.events.Topics;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

import java.time.Duration;

/**
 * Consumers retry a failing record a bounded number of times, then park it on the topic's
 * dead-letter topic ({@code <topic>.DLT}, same partition) so the partition keeps flowing.
 * A record no retry can help (unreadable JSON, missing headers) goes there at once.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
public class KafkaSupportConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EventPublisher eventPublisher(KafkaTemplate<String, byte[]> kafka,
                                  @Value("${complaints.kafka.ack-timeout:PT6S}") Duration ackTimeout,
                                  ObjectProvider<PublishFaults> faults) {
        return new EventPublisher(kafka, ackTimeout, faults.getIfAvailable(() -> PublishFaults.NONE));
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler deadLetteringErrorHandler(KafkaTemplate<String, byte[]> kafka,
                                                  @Value("${complaints.kafka.consumer-retries:4}") int retries) {
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxAttempts(retries);
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafka,
                (record, e) -> new TopicPartition(Topics.deadLetter(record.topic()), record.partition()));
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, backOff);
        handler.addNotRetryableExceptions(UnreadableEventException.class);
        return handler;
    }
}
