package nl.gastouderbureau.complaints.cases.privacy;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the {@link Retention} check on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PrivacyScheduling {
}
