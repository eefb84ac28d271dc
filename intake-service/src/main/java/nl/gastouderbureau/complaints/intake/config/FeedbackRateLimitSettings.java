package nl.gastouderbureau.complaints.intake.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How much anonymous feedback one client address may send: {@code requests} per {@code period}
 * ({@code COMPLAINTS_INTAKE_FEEDBACK_RATE_LIMIT_REQUESTS}, {@code ..._PERIOD}). Generous by
 * default, so a household behind one address or a load test is not stopped.
 */
@ConfigurationProperties("complaints.intake.feedback-rate-limit")
public record FeedbackRateLimitSettings(Integer requests, Duration period) {

    public FeedbackRateLimitSettings {
        requests = requests == null ? 30 : requests;
        period = period == null ? Duration.ofMinutes(1) : period;
        if (requests < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("feedback-rate-limit needs requests >= 1 and a positive period");
        }
    }
}
