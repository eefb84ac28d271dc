package nl.gastouderbureau.complaints.support.faults;

import nl.gastouderbureau.complaints.support.kafka.PublishFaults;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class FaultInjectionConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(FaultInjectionConfiguration.class));

    @Test
    void withoutSettingsNothingIsWrappedOrHooked() {
        context.run(started -> {
            assertThat(started).doesNotHaveBean(PublishFaults.class);
            assertThat(started).doesNotHaveBean(DefaultKafkaConsumerFactoryCustomizer.class);
        });
    }

    @Test
    void aPublishFaultHooksThePublisherOnly() {
        context.withPropertyValues("complaints.fault-injection.halt-after-publish=3").run(started -> {
            assertThat(started).hasSingleBean(PublishFaults.class);
            assertThat(started).doesNotHaveBean(DefaultKafkaConsumerFactoryCustomizer.class);
        });
    }

    @Test
    void aCommitFaultWrapsTheConsumersOnly() {
        context.withPropertyValues("complaints.fault-injection.halt-before-offset-commit=1").run(started -> {
            assertThat(started).doesNotHaveBean(PublishFaults.class);
            assertThat(started).hasSingleBean(DefaultKafkaConsumerFactoryCustomizer.class);
        });
    }
}
