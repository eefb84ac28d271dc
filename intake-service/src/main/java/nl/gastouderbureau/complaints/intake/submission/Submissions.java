package nl.gastouderbureau.complaints.intake.submission;

import io.micrometer.core.instrument.MeterRegistry;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmissionReceived;
import nl.gastouderbureau.complaints.events.Topics;
import nl.gastouderbureau.complaints.intake.submission.IdempotencyRecords.Bound;
import nl.gastouderbureau.complaints.intake.submission.IdempotencyRecords.Prepared;
import nl.gastouderbureau.complaints.support.config.Deadlines;
import nl.gastouderbureau.complaints.support.kafka.EventMetadata;
import nl.gastouderbureau.complaints.support.kafka.EventPublisher;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Accepts a submission: gives it an id and a reference and publishes {@link SubmissionReceived}.
 * It is accepted only once Kafka acknowledged it; the case service takes it from there. With an
 * idempotency key, a retry gets the first answer, or republishes the same event if the first
 * attempt was never acknowledged.
 */
@Service
public class Submissions {

    private final EventPublisher publisher;
    private final ReferenceGenerator references;
    private final CaseReferences caseReferences;
    private final IdempotencyRecords keys;
    private final Deadlines deadlines;
    private final Clock clock;
    private final MeterRegistry meters;
    private final CaseKeys caseKeys;

    public Submissions(EventPublisher publisher, ReferenceGenerator references, CaseReferences caseReferences,
                       IdempotencyRecords keys, Deadlines deadlines, Clock clock, MeterRegistry meters,
                       CaseKeys caseKeys) {
        this.publisher = publisher;
        this.references = references;
        this.caseReferences = caseReferences;
        this.keys = keys;
        this.deadlines = deadlines;
        this.clock = clock;
        this.meters = meters;
        this.caseKeys = caseKeys;
    }

    /**
     * @param key null when the client sent no {@code Idempotency-Key}
     * @throws EventPublisher.PublishFailedException when Kafka did not acknowledge in time
     * @throws nl.gastouderbureau.complaints.support.web.IdempotencyKeyReusedException when the key
     *         was used for a different request
     */
    public Accepted accept(NewSubmission submission, IdempotencyKey key, String correlationId) {
        return accept(submission, key, correlationId, SubmissionIds.random());
    }

    /** As {@link #accept(NewSubmission, IdempotencyKey, String)}, with the ids a new submission gets. */
    public Accepted accept(NewSubmission submission, IdempotencyKey key, String correlationId, SubmissionIds ids) {
        if (key == null) {
            return publish(prepare(submission, correlationId, ids));
        }
        Bound bound = keys.bind(key, () -> prepare(submission, correlationId, ids));
        if (bound.answered() != null) {
            return bound.answered();
        }
        Accepted accepted = publish(bound.toPublish());
        keys.accepted(key, accepted);
        return accepted;
    }

    private Prepared prepare(NewSubmission submission, String correlationId, SubmissionIds ids) {
        // Milliseconds: what every store downstream (BSON dates) keeps, so all copies agree.
        Instant receivedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String id = ids.submissionId();
        SubmissionReceived event = submission.received(id, references.next(submission.kind(), receivedAt), receivedAt);
        caseKeys.makeFor(event);
        EventMetadata metadata = new EventMetadata(ids.eventId(), receivedAt, correlationId == null ? id : correlationId);
        return new Prepared(event, metadata, dueBy(submission.kind(), receivedAt));
    }

    private Accepted publish(Prepared prepared) {
        publisher.publish(Topics.SUBMISSIONS, prepared.event().submissionId(), prepared.event(), prepared.metadata());
        // After the ack: a reference is worth recognising only once its case is on its way.
        caseReferences.record(prepared.event());
        meters.counter("complaints.submissions.accepted", "kind", prepared.event().kind().name()).increment();
        return prepared.accepted();
    }

    private Instant dueBy(SubmissionKind kind, Instant receivedAt) {
        if (kind.isFeedback()) {
            return receivedAt.plus(deadlines.feedbackResponse());
        }
        return kind == SubmissionKind.COMPLAINT ? receivedAt.plus(deadlines.complaintHandling()) : null;
    }
}
