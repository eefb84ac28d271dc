package nl.gastouderbureau.complaints.intake.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(FeedbackRateLimitSettings.class)
public class IntakeConfiguration {
}
