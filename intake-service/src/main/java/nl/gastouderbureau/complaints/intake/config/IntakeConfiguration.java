package nl.gastouderbureau.complaints.intake.config;

import nl.gastouderbureau.complaints.support.mail.ClientAddresses;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties({FeedbackRateLimitSettings.class, PageSettings.class, ClientAddresses.class})
public class IntakeConfiguration {
}
