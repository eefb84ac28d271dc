package nl.gastouderbureau.complaints.support.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The periods of DESIGN §3, overridable by environment variables such as
 * {@code COMPLAINTS_DEADLINES_FEEDBACK_RESPONSE=PT2M} so a demo can shorten them.
 *
 * @param personalContact how soon staff contact a submitter who asked for a call or an
 *                        appointment (F6); {@code COMPLAINTS_DEADLINES_PERSONAL_CONTACT}
 */
@ConfigurationProperties("complaints.deadlines")
public record Deadlines(Duration feedbackResponse, Duration complaintHandling, Duration reminderBefore,
                        Duration legalLimit, Duration personalContact) {

    public Deadlines {
        feedbackResponse = orDefault(feedbackResponse, Duration.ofDays(14));
        complaintHandling = orDefault(complaintHandling, Duration.ofDays(14));
        reminderBefore = orDefault(reminderBefore, Duration.ofDays(4));
        legalLimit = orDefault(legalLimit, Duration.ofDays(42));
        personalContact = orDefault(personalContact, Duration.ofDays(2));
    }

    private static Duration orDefault(Duration value, Duration fallback) {
        return value == null ? fallback : value;
    }
}
