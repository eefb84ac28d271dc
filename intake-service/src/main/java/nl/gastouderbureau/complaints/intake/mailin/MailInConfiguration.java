package nl.gastouderbureau.complaints.intake.mailin;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Mail-in reads the mailbox only when {@code complaints.mail-in.enabled} is true. */
@Configuration
@EnableConfigurationProperties(MailInSettings.class)
class MailInConfiguration {

    @Bean
    @ConditionalOnBooleanProperty("complaints.mail-in.enabled")
    MailboxPoller mailboxPoller(MailInSettings settings, MailIntake intake, MeterRegistry meters, Clock clock) {
        return new MailboxPoller(settings, intake, meters, clock);
    }
}
