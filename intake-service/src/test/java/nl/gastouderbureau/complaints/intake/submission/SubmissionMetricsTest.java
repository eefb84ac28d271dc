package nl.gastouderbureau.complaints.intake.submission;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.support.config.Deadlines;
import nl.gastouderbureau.complaints.support.kafka.EventMetadata;
import nl.gastouderbureau.complaints.support.kafka.EventPublisher;
import nl.gastouderbureau.complaints.support.mail.ClientAddresses;
import nl.gastouderbureau.complaints.testsupport.MemoryMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code complaints.submissions.accepted} counts what Kafka acknowledged, by kind, and nothing else. */
class SubmissionMetricsTest {

    private final MemoryMongo mongo = new MemoryMongo();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final AckingPublisher kafka = new AckingPublisher();
    private final Submissions submissions = new Submissions(kafka, new ReferenceGenerator(mongo.database("intake"), Clock.systemUTC()),
            new CaseReferences(mongo.database("intake"), ClientAddresses.defaults()), new IdempotencyRecords(mongo.database("intake")), new Deadlines(null, null, null, null, null),
            Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC), meters, TestCaseKeys.in(mongo));

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void acceptedSubmissionsAreCountedByKindOnceAcknowledged() {
        submissions.accept(submission(SubmissionKind.TIP), null, null);
        submissions.accept(submission(SubmissionKind.TIP), null, null);
        submissions.accept(submission(SubmissionKind.IDEA), null, null);
        kafka.acknowledges = false;
        assertThatThrownBy(() -> submissions.accept(submission(SubmissionKind.IDEA), null, null))
                .isInstanceOf(EventPublisher.PublishFailedException.class);

        assertThat(meters.get("complaints.submissions.accepted").tags("kind", "TIP").counter().count()).isEqualTo(2);
        assertThat(meters.get("complaints.submissions.accepted").tags("kind", "IDEA").counter().count()).isEqualTo(1);
    }

    private static NewSubmission submission(SubmissionKind kind) {
        return new NewSubmission(kind, Channel.PHONE, SubmitterRole.PARENT, null, Language.NL, null,
                "Een bericht", null, null, null, false, null);
    }

    /** Acknowledges every record until told not to, as Kafka does until the ack stops coming. */
    private static final class AckingPublisher extends EventPublisher {

        boolean acknowledges = true;

        AckingPublisher() {
            super(null, Duration.ofSeconds(1));
        }

        @Override
        public void publish(String topic, String key, Object event, EventMetadata metadata) {
            if (!acknowledges) {
                throw new PublishFailedException(topic, new RuntimeException("no ack"));
            }
        }
    }
}
