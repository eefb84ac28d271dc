package nl.gastouderbureau.complaints.support.faults;

import nl.gastouderbureau.complaints.support.kafka.PublishFaults;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;

/**
 * The crashes the fault tests inject (issue 8), wired only when a {@code complaints.fault-injection.*}
 * setting is given; the launcher gives them to one start of a service and never to a restart.
 * Without them none of these beans exists and nothing is wrapped.
 */
@AutoConfiguration
@EnableConfigurationProperties(FaultInjectionSettings.class)
public class FaultInjectionConfiguration {

    @Bean
    @ConditionalOnExpression("'${complaints.fault-injection.halt-before-publish:}' != '' or '${complaints.fault-injection.halt-after-publish:}' != ''")
    PublishFaults haltingPublishFaults(FaultInjectionSettings settings) {
        return new HaltingPublishFaults(settings);
    }

    @Bean
    @ConditionalOnProperty("complaints.fault-injection.halt-before-offset-commit")
    @SuppressWarnings({"unchecked", "rawtypes"})
    DefaultKafkaConsumerFactoryCustomizer haltBeforeOffsetCommit(FaultInjectionSettings settings) {
        HaltBeforeOffsetCommit halt = new HaltBeforeOffsetCommit(settings.haltBeforeOffsetCommit());
        return factory -> ((DefaultKafkaConsumerFactory) factory).addPostProcessor(halt);
    }
}
