package nl.gastouderbureau.complaints.support.config;

import nl.gastouderbureau.complaints.support.web.ProblemResponses;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.time.Clock;

/** The clock every rule reads time from (tests replace it), the deadline settings and problem+json. */
@AutoConfiguration
@EnableConfigurationProperties(Deadlines.class)
@Import(ProblemResponses.class)
public class PlatformConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
