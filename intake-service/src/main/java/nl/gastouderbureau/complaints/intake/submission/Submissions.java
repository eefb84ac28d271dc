package nl.gastouderbureau.complaints.intake.submission;

import io.micrometer.core.instrument.MeterRegistry;
import nl.gastouderbureau.complaints.events.SubmissionReceived;
import nl.gastouderbureau.complaints.events.Topics;
import nl.gastouderbureau.complaints.support.config.Deadlines;
import nl.gastouderbureau.complaints.support.kafka.EventMetadata;
import nl.gastouderbureau.complaints.support.kafka.EventPublisher;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Accepts a submission: gives it an id and a reference and publishes {@link SubmissionReceived}.
 * It is accepted only once Kafka acknowledged it; the case service takes it from there.
 */
@Service
public class Submissions {

    private final EventPublisher publisher;
    private final ReferenceGenerator references;
    private final Deadlines deadlines;
    private final Clock clock;
    private final MeterRegistry meters;

    public Submissions(EventPublisher publisher, ReferenceGenerator references, Deadlines deadlines,
                       Clock clock, MeterRegistry meters) {
        this.publisher = publisher;
        this.references = references;
        this.deadlines = deadlines;
        this.clock = clock;
        this.meters = meters;
    }

    /** @throws EventPublisher.PublishFailedException when Kafka did not acknowledge in time */
    public Accepted accept(NewSubmission submission, String correlationId) {
        // Milliseconds: what every store downstream (BSON dates) keeps, so all copies agree.
        Instant receivedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String id = UUID.randomUUID().toString();
        SubmissionReceived event = submission.received(id, references.next(submission.kind(), receivedAt), receivedAt);
        publisher.publish(Topics.SUBMISSIONS, id, event,
                new EventMetadata(UUID.randomUUID().toString(), receivedAt, correlationId == null ? id : correlationId));
        meters.counter("complaints.submissions.accepted", "kind", event.kind().name()).increment();
        Instant due = receivedAt.plus(event.kind().isFeedback() ? deadlines.feedbackResponse() : deadlines.complaintHandling());
        return new Accepted(id, event.reference(), event.kind(), due);
    }
}
